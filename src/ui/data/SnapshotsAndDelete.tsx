import { useState } from 'preact/hooks';
import { getDatabase } from '../../storage/database';
import { backupFileName } from '../../storage/backup/file-name';
import { listSnapshots } from '../../storage/queries';
import { formatBytes, formatDateTime } from '../format';
import { useLiveQuery } from '../hooks/use-live-query';
import * as strings from '../strings';
import { loadBackupRestorer, loadBackupWriter } from './backup-modules';
import { removeAllDrafts } from '../drafts/draft-store';
import { downloadFile } from './download';
import { TaskOutcome, useTask } from '../run-task';

/** The automatic backups kept before each restore, each downloadable. */
export function SnapshotList() {
  const db = getDatabase();
  const snapshots = useLiveQuery(() => listSnapshots(db), []);
  const download = async (id: string, createdAt: string): Promise<void> => {
    const snapshot = await db.snapshots.get(id);
    if (snapshot) downloadFile(snapshot.bytes, backupFileName(new Date(createdAt), '-automatisch'));
  };
  return (
    <section aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">{strings.data.snapshotsTitle}</h2>
      <p>{strings.data.snapshotsExplanation}</p>
      {snapshots.status === 'ready' && snapshots.value.length === 0 && <p>{strings.data.snapshotsNone}</p>}
      {snapshots.status === 'ready' && snapshots.value.length > 0 && (
        <ul class="snapshot-list">
          {snapshots.value.map((snapshot) => (
            <li key={snapshot.id}>
              {strings.data.snapshotLabel(formatDateTime(snapshot.createdAt), formatBytes(snapshot.size))}{' '}
              <button type="button" onClick={() => void download(snapshot.id, snapshot.createdAt)}>
                {strings.data.snapshotDownload}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Deletes everything, after the user confirmed and a last backup was downloaded. */
export function DeleteAllSection() {
  const db = getDatabase();
  const [confirmed, setConfirmed] = useState(false);
  const task = useTask();
  const deleteAll = (): Promise<void> =>
    task.run(async () => {
      const now = new Date();
      const [{ createBackup }, { deleteAllData }] = await Promise.all([
        loadBackupWriter(),
        loadBackupRestorer(),
      ]);
      const { bytes } = await createBackup(db, now);
      downloadFile(bytes, backupFileName(now, '-voor-verwijderen'));
      await deleteAllData(db);
      removeAllDrafts();
      setConfirmed(false);
      return [strings.data.deleteDone];
    });
  return (
    <section aria-labelledby="delete-title" class="danger-zone">
      <h2 id="delete-title">{strings.data.deleteTitle}</h2>
      <p>{strings.data.deleteExplanation}</p>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={confirmed}
          onChange={(event) => setConfirmed(event.currentTarget.checked)}
        />
        {strings.data.deleteConfirm}
      </label>
      <button
        type="button"
        class="button-danger"
        disabled={!confirmed || task.state.status === 'busy'}
        onClick={() => void deleteAll()}
      >
        {strings.data.deleteButton}
      </button>
      <TaskOutcome state={task.state} busy={strings.data.deleteBusy} />
    </section>
  );
}
