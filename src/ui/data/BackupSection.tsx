import { useRef, useState } from 'preact/hooks';
import { getDatabase } from '../../storage/database';
import { backupFileName, encryptedFileName } from '../../storage/backup/file-name';
import { passphraseProblem, type PassphraseProblem } from '../../storage/crypto/passphrase';
import { loadSettings } from '../../storage/queries';
import { saveRecord } from '../../storage/records';
import { formatDateTime } from '../format';
import { useLiveQuery } from '../hooks/use-live-query';
import { ProtectWithPassphrase } from '../privacy/ProtectWithPassphrase';
import { loadExportReview, useExportReview } from '../privacy/use-export-review';
import * as strings from '../strings';
import { loadBackupWriter, loadEncryption } from './backup-modules';
import { downloadFile } from './download';
import { TaskOutcome, useTask } from '../run-task';
import { TaskButton } from '../task-button';

const PASSPHRASE_ID = 'backup-passphrase';

/**
 * Makes a backup of everything and downloads it, encrypted with a passphrase if the user wishes, after
 * showing any personal-looking data in it; remembers when, to show the user.
 */
export function BackupSection() {
  const db = getDatabase();
  const settings = useLiveQuery(() => loadSettings(db), []);
  const task = useTask();
  const review = useExportReview();
  const button = useRef<HTMLButtonElement>(null);
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState({ value: '', repeated: '' });
  const [problem, setProblem] = useState<PassphraseProblem>();

  const makeBackup = async (): Promise<string[]> => {
    const now = new Date();
    const { createBackup } = await loadBackupWriter();
    const { bytes } = await createBackup(db, now);
    let done: string;
    if (protect) {
      const { encryptBytes } = await loadEncryption();
      const name = encryptedFileName(backupFileName(now));
      downloadFile(await encryptBytes(bytes, passphrase.value), name, 'application/octet-stream');
      setPassphrase({ value: '', repeated: '' });
      done = strings.encryption.backupDone(name);
    } else {
      const name = backupFileName(now);
      downloadFile(bytes, name);
      done = strings.data.backupDone(name);
    }
    await saveRecord(db, 'settings', { ...(await loadSettings(db)), lastBackupAt: now.toISOString() });
    return [done];
  };

  const backUp = (): void => {
    const wrong = protect ? passphraseProblem(passphrase.value, passphrase.repeated) : undefined;
    setProblem(wrong);
    if (wrong) {
      document.getElementById(wrong === 'tooShort' ? PASSPHRASE_ID : `${PASSPHRASE_ID}-repeat`)?.focus();
      return;
    }
    void task.run(async () => {
      const scan = await loadExportReview();
      const { findings, cycleTitles } = await scan.scanBackup(db);
      if (findings.length === 0) return makeBackup();
      review.hold({
        Panel: scan.PersonalDataReview,
        findings,
        cycleTitles,
        proceed: () => void task.run(makeBackup),
        cancel: () => {
          task.reset();
          button.current?.focus();
        },
      });
      return [strings.personalData.found];
    });
  };

  const last = settings.status === 'ready' ? settings.value.lastBackupAt : undefined;
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{strings.data.backupTitle}</h2>
      <p>{strings.data.backupExplanation}</p>
      <p>{last ? strings.data.lastBackup(formatDateTime(last)) : strings.data.noBackupYet}</p>
      <ProtectWithPassphrase
        id="backup"
        label={strings.encryption.protect}
        hint={strings.encryption.protectHint}
        protect={protect}
        passphrase={passphrase}
        problem={problem}
        onProtect={(checked) => {
          setProtect(checked);
          setProblem(undefined);
        }}
        onPassphrase={setPassphrase}
      />
      <TaskButton
        buttonRef={button}
        class="button-primary"
        onClick={backUp}
        busy={task.state.status === 'busy'}
      >
        {strings.data.backupButton}
      </TaskButton>
      <TaskOutcome state={task.state} busy={strings.data.backupBusy} />
      {review.panel}
    </section>
  );
}
