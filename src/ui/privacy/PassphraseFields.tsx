import type { PassphraseProblem } from '../../storage/crypto/passphrase';
import { FieldError, invalidProps } from '../error-summary';
import * as strings from '../strings';

const text = strings.encryption;

/** A new passphrase, typed twice, with the length hint and the problem the last attempt had. */
export function PassphraseFields({
  id,
  passphrase,
  repeated,
  problem,
  onChange,
}: {
  /** Prefix of the fields' ids; the first field is `${id}`, so a caller can focus it. */
  id: string;
  passphrase: string;
  repeated: string;
  problem: PassphraseProblem | undefined;
  onChange: (passphrase: string, repeated: string) => void;
}) {
  const errorId = `${id}-error`;
  const message = problem && text.errors[problem];
  return (
    <>
      <div class="field">
        <label for={id}>{text.passphrase}</label>
        <p class="field__hint" id={`${id}-hint`}>
          {text.passphraseHint}
        </p>
        <FieldError id={errorId} message={problem === 'tooShort' ? message : undefined} />
        <input
          id={id}
          type="password"
          autocomplete="new-password"
          value={passphrase}
          onInput={(event) => onChange(event.currentTarget.value, repeated)}
          {...(problem === 'tooShort'
            ? { ...invalidProps(errorId, message), 'aria-describedby': `${id}-hint ${errorId}` }
            : { 'aria-describedby': `${id}-hint` })}
        />
      </div>
      <div class="field">
        <label for={`${id}-repeat`}>{text.repeat}</label>
        <FieldError id={`${errorId}-repeat`} message={problem === 'mismatch' ? message : undefined} />
        <input
          id={`${id}-repeat`}
          type="password"
          autocomplete="new-password"
          value={repeated}
          onInput={(event) => onChange(passphrase, event.currentTarget.value)}
          {...invalidProps(`${errorId}-repeat`, problem === 'mismatch' ? message : undefined)}
        />
      </div>
    </>
  );
}
