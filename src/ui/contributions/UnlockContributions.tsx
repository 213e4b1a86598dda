import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { TeamFileError } from '../../domain/contribution/file-error';
import { FieldError, invalidProps } from '../error-summary';
import * as strings from '../strings';
import { describeFileError } from './import-messages';
import type { LockedContribution } from './read-contribution-files';

const text = strings.contributionUnlock;
const BATCH_FIELD = 'contribution-passphrase';

/** The id of the passphrase field of one file that the batch's passphrase did not open. */
const fieldOf = (index: number): string => `${BATCH_FIELD}-${index}`;

/**
 * Asks for the passphrase of the encrypted files in a batch: once for all of them (a team usually agrees on
 * one), then, for the files it did not open, one per file, each saying it did not fit. The coordinator may
 * also go on without them.
 */
export function UnlockContributions({
  locked,
  heading,
  onUnlock,
  onSkip,
}: {
  locked: readonly LockedContribution[];
  /** Receives focus when the question appears. */
  heading: RefObject<HTMLHeadingElement>;
  onUnlock: (passphraseOf: (file: LockedContribution) => string) => void;
  onSkip: () => void;
}) {
  const perFile = locked.some((file) => file.tried);
  const [passphrases, setPassphrases] = useState<readonly string[]>(locked.map(() => ''));
  const [missing, setMissing] = useState<readonly number[]>([]);
  const fields = perFile ? locked.map((_, index) => fieldOf(index)) : [BATCH_FIELD];

  const submit = (event: Event): void => {
    event.preventDefault();
    const empty = fields.flatMap((_, index) => (passphrases[index] ? [] : [index]));
    setMissing(empty);
    if (empty.length > 0) {
      document.getElementById(fields[empty[0] ?? 0] ?? BATCH_FIELD)?.focus();
      return;
    }
    onUnlock((file) => passphrases[perFile ? locked.indexOf(file) : 0] ?? '');
  };

  const field = (id: string, index: number, label: string, problem: string | undefined) => {
    const errorId = `${id}-error`;
    return (
      <div class="field" key={id}>
        <label for={id}>{label}</label>
        <FieldError id={errorId} message={problem} />
        <input
          id={id}
          type="password"
          autocomplete="current-password"
          value={passphrases[index] ?? ''}
          onInput={(event) => {
            const value = event.currentTarget.value;
            setPassphrases((current) => current.map((old, at) => (at === index ? value : old)));
          }}
          {...invalidProps(errorId, problem)}
        />
      </div>
    );
  };
  const missingMessage = (index: number) => (missing.includes(index) ? text.passphraseMissing : undefined);

  return (
    <form class="app-form import-plan" onSubmit={submit} noValidate>
      <h3 ref={heading} tabIndex={-1}>
        {text.title}
      </h3>
      {perFile ? (
        <>
          <p>{text.retryIntro}</p>
          {locked.map((file, index) =>
            field(
              fieldOf(index),
              index,
              text.filePassphraseLabel(file.fileName),
              missingMessage(index) ?? describeFileError(file.fileName, new TeamFileError('wrongPassphrase')),
            ),
          )}
        </>
      ) : (
        <>
          <p>{text.lockedIntro(locked.map((file) => file.fileName))}</p>
          {field(BATCH_FIELD, 0, text.batchPassphraseLabel, missingMessage(0))}
        </>
      )}
      <p class="button-row">
        <button type="submit" class="button-primary">
          {text.open}
        </button>
        <button type="button" onClick={onSkip}>
          {text.leaveOut}
        </button>
      </p>
    </form>
  );
}
