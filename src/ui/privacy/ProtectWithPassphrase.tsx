import type { PassphraseProblem } from '../../storage/crypto/passphrase';
import { PassphraseFields } from './PassphraseFields';

/** A passphrase typed twice, as the forms hold it. */
export interface PassphraseDraft {
  value: string;
  repeated: string;
}

/** "Protect with a passphrase": the choice, and once chosen the passphrase typed twice. */
export function ProtectWithPassphrase({
  id,
  label,
  hint,
  protect,
  passphrase,
  problem,
  onProtect,
  onPassphrase,
}: {
  /** Prefix of the ids; the first passphrase field is `${id}-passphrase`, so a caller can focus it. */
  id: string;
  label: string;
  hint: string;
  protect: boolean;
  passphrase: PassphraseDraft;
  problem: PassphraseProblem | undefined;
  onProtect: (protect: boolean) => void;
  onPassphrase: (passphrase: PassphraseDraft) => void;
}) {
  return (
    <>
      <div class="field">
        <label class="checkbox">
          <input
            type="checkbox"
            checked={protect}
            aria-describedby={`${id}-protect-hint`}
            onChange={(event) => onProtect(event.currentTarget.checked)}
          />
          {label}
        </label>
        <p class="field__hint" id={`${id}-protect-hint`}>
          {hint}
        </p>
      </div>
      {protect && (
        <PassphraseFields
          id={`${id}-passphrase`}
          passphrase={passphrase.value}
          repeated={passphrase.repeated}
          problem={problem}
          onChange={(value, repeated) => onPassphrase({ value, repeated })}
        />
      )}
    </>
  );
}
