import { useState } from 'preact/hooks';
import { getDatabase } from '../../storage/database';
import type { BackupContents } from '../../storage/backup/read-backup';
import { DecryptionError } from '../../storage/crypto/decryption-error';
import { isEncrypted } from '../../storage/crypto/envelope';
import type { RestoreMode, RestoreReport } from '../../storage/backup/restore-backup';
import { SnapshotRefusedError } from '../../storage/errors';
import { BACKED_UP_TABLES } from '../../storage/tables';
import { formatDateTime } from '../format';
import * as strings from '../strings';
import { loadBackupRestorer, loadEncryption } from './backup-modules';
import { TaskOutcome, useTask } from '../run-task';

/**
 * Checks a chosen backup file completely — asking for the passphrase first when it is encrypted — shows what
 * it holds, and restores it the way the user chooses.
 */
export function RestoreSection() {
  const db = getDatabase();
  const [checked, setChecked] = useState<BackupContents>();
  const [locked, setLocked] = useState<Uint8Array>();
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [snapshotRefused, setSnapshotRefused] = useState(false);
  const reading = useTask();
  const restoring = useTask();

  const choose = (input: HTMLInputElement): void => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after a failed attempt, or to restore twice) is seen.
    input.value = '';
    setChecked(undefined);
    setLocked(undefined);
    setPassphrase('');
    setSnapshotRefused(false);
    restoring.reset();
    if (!file) return;
    void reading.run(async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (isEncrypted(bytes)) {
        setLocked(bytes);
        return [];
      }
      const { readBackup } = await loadBackupRestorer();
      setChecked(await readBackup(bytes));
      return [];
    });
  };

  // A wrong passphrase keeps the file, so the user can try again; any other failure drops it.
  const unlock = (file: Uint8Array): Promise<void> =>
    reading.run(async () => {
      const [{ decryptBytes }, { readBackup }] = await Promise.all([loadEncryption(), loadBackupRestorer()]);
      let contents: BackupContents;
      try {
        contents = await readBackup(await decryptBytes(file, passphrase));
      } catch (error) {
        if (!(error instanceof DecryptionError && error.code === 'wrongPassphrase')) setLocked(undefined);
        throw error;
      }
      setLocked(undefined);
      setPassphrase('');
      setChecked(contents);
      return [];
    });

  // When the browser refuses the automatic backup, nothing is restored: the user is told and chooses.
  const restore = (contents: BackupContents, evenWithoutSnapshot = false): Promise<void> =>
    restoring.run(async () => {
      setSnapshotRefused(false);
      const { restoreBackup } = await loadBackupRestorer();
      let report: RestoreReport;
      try {
        report = await restoreBackup(db, contents, mode, { evenWithoutSnapshot });
      } catch (error) {
        setSnapshotRefused(error instanceof SnapshotRefusedError);
        throw error;
      }
      setChecked(undefined);
      return [
        strings.data.restoreDone,
        ...BACKED_UP_TABLES.map((table) => {
          const row = report.tables[table];
          return strings.data.restoreReportRow(
            strings.tables[table],
            row.added,
            row.updated,
            row.keptLocal,
            row.removed,
          );
        }),
        ...(mode === 'merge' ? [strings.data.restoreConflicts(report.conflicts.length)] : []),
        report.snapshotId ? strings.data.restoreSnapshotNote : strings.data.restoreWithoutSnapshotNote,
      ];
    });

  return (
    <section aria-labelledby="restore-title">
      <h2 id="restore-title">{strings.data.restoreTitle}</h2>
      <div class="field">
        <label for="restore-file">{strings.data.restoreFileLabel}</label>
        <p class="field__hint" id="restore-file-hint">
          {strings.encryption.restoreFileHint} {strings.data.restoreKeepsDevice}
        </p>
        <input
          id="restore-file"
          type="file"
          accept=".zip,.enc,application/zip"
          aria-describedby="restore-file-hint"
          onChange={(event) => choose(event.currentTarget)}
        />
      </div>
      {locked && (
        <form
          class="restore-check"
          onSubmit={(event) => {
            event.preventDefault();
            void unlock(locked);
          }}
        >
          <p id="restore-locked">{strings.encryption.locked}</p>
          <div class="field">
            <label for="restore-passphrase">{strings.encryption.unlockLabel}</label>
            <input
              id="restore-passphrase"
              type="password"
              autocomplete="current-password"
              aria-describedby="restore-locked"
              value={passphrase}
              onInput={(event) => setPassphrase(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button-primary" disabled={reading.state.status === 'busy'}>
            {strings.encryption.unlock}
          </button>
        </form>
      )}
      {reading.state.status !== 'done' && (
        <TaskOutcome
          state={reading.state}
          busy={locked ? strings.encryption.unlocking : strings.data.restoreReading}
        />
      )}
      {checked && (
        <div class="restore-check">
          <p>
            {strings.data.restoreSummary(
              formatDateTime(checked.manifest.createdAt),
              checked.manifest.appVersion,
            )}
          </p>
          <ul>
            {BACKED_UP_TABLES.map((table) => (
              <li key={table}>
                {strings.tables[table]}: {checked.manifest.counts[table]}
              </li>
            ))}
          </ul>
          <fieldset class="field">
            <legend>{strings.data.restoreModeLegend}</legend>
            {(['replace', 'merge'] as const).map((option) => (
              <label key={option} class="radio">
                <input
                  type="radio"
                  name="restore-mode"
                  value={option}
                  checked={mode === option}
                  onChange={() => setMode(option)}
                />
                {option === 'replace' ? strings.data.restoreReplace : strings.data.restoreMerge}
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            class="button-primary"
            onClick={() => void restore(checked)}
            disabled={restoring.state.status === 'busy'}
          >
            {strings.data.restoreButton}
          </button>
        </div>
      )}
      <TaskOutcome state={restoring.state} busy={strings.data.restoreBusy} />
      {checked && snapshotRefused && restoring.state.status === 'failed' && (
        <div class="button-row">
          <button type="button" class="button-primary" onClick={() => void restore(checked, true)}>
            {strings.data.restoreWithoutSnapshot}
          </button>
          <button
            type="button"
            onClick={() => {
              setSnapshotRefused(false);
              restoring.reset();
            }}
          >
            {strings.data.restoreCancel}
          </button>
        </div>
      )}
    </section>
  );
}
