import { getDatabase } from '../../storage/database';
import { backupFileName } from '../../storage/backup/file-name';
import { loadSettings } from '../../storage/queries';
import { saveRecord } from '../../storage/records';
import { formatDateTime } from '../format';
import { useLiveQuery } from '../hooks/use-live-query';
import { strings } from '../strings';
import { loadBackupWriter } from './backup-modules';
import { downloadFile } from './download';
import { TaskOutcome, useTask } from '../run-task';

/** Makes a backup of everything and downloads it; remembers when, to show the user. */
export function BackupSection() {
  const db = getDatabase();
  const settings = useLiveQuery(() => loadSettings(db), []);
  const task = useTask();

  const backUp = (): Promise<void> =>
    task.run(async () => {
      const now = new Date();
      const { createBackup } = await loadBackupWriter();
      const { bytes } = await createBackup(db, now);
      const name = backupFileName(now);
      downloadFile(bytes, name);
      await saveRecord(db, 'settings', { ...(await loadSettings(db)), lastBackupAt: now.toISOString() });
      return [strings.data.backupDone(name)];
    });

  const last = settings.status === 'ready' ? settings.value.lastBackupAt : undefined;
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{strings.data.backupTitle}</h2>
      <p>{strings.data.backupExplanation}</p>
      <p>{last ? strings.data.lastBackup(formatDateTime(last)) : strings.data.noBackupYet}</p>
      <button
        type="button"
        class="button-primary"
        onClick={() => void backUp()}
        disabled={task.state.status === 'busy'}
      >
        {strings.data.backupButton}
      </button>
      <TaskOutcome state={task.state} busy={strings.data.backupBusy} />
    </section>
  );
}
