import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';
import { DeleteAllSection, SnapshotList } from './SnapshotsAndDelete';
import { StorageStatus } from './StorageStatus';

/** The data view: storage status, contents, backup, restore, automatic backups, delete all. */
export default function DataPanel() {
  return (
    <div class="data-panel">
      <StorageStatus />
      <BackupSection />
      <RestoreSection />
      <SnapshotList />
      <DeleteAllSection />
    </div>
  );
}
