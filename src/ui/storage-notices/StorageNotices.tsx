import { useEffect, useState } from 'preact/hooks';
import { isBackupDue, BACKUP_REMINDER_DAYS } from '../../domain/backup-reminder';
import { getDatabase } from '../../storage/database';
import { currentPersistence } from '../../storage/durability';
import { loadSettings, oldestDataAt } from '../../storage/queries';
import { appPaths } from '../cycles/cycle-link';
import * as strings from '../strings';
import { isSafari, isStandalone } from './safari';

/** Remembers on this device that the user read the Safari notice (lost with the rest, after seven days). */
const DISMISSED_KEY = 'leersteunspiegel:safari-notice-dismissed';

/** Whether to tell about Safari's 7-day rule: in Safari, outside the Home Screen, unless the user put it away. */
function safariNoticeWanted(dismissible: boolean): boolean {
  if (!isSafari(navigator.userAgent) || isStandalone()) return false;
  return !dismissible || localStorage.getItem(DISMISSED_KEY) === null;
}

/**
 * Calm notices above an app page: in Safari outside the Home Screen, that Safari deletes the data after seven
 * days of use without a visit; in every browser that does not keep the data persistently, a reminder when no
 * backup was made for a week. On the data page the Safari notice stays (`dismissible` false) and the reminder
 * needs no link.
 */
export default function StorageNotices({ onDataPage = false }: { onDataPage?: boolean }) {
  const [safari, setSafari] = useState(false);
  // Undefined until the database and the browser answered.
  const [backupDue, setBackupDue] = useState<boolean>();

  useEffect(() => {
    setSafari(safariNoticeWanted(!onDataPage));
    const db = getDatabase();
    void Promise.all([currentPersistence(), loadSettings(db), oldestDataAt(db)]).then(
      ([persistence, settings, oldest]) =>
        setBackupDue(
          isBackupDue({
            persisted: persistence === 'granted',
            lastBackupAt: settings.lastBackupAt,
            oldestDataAt: oldest,
            now: new Date(),
          }),
        ),
    );
  }, []);

  const text = strings.storageNotices;
  // `data-checked` tells that the absence of a notice is an answer, not a wait (the tests rely on it).
  return (
    <div class="storage-notices" data-checked={backupDue !== undefined}>
      {safari && (
        <section class="notice storage-notice" aria-labelledby="safari-notice-title">
          <h2 id="safari-notice-title">{text.safariTitle}</h2>
          <p>{text.safari}</p>
          <p class="storage-notice__source">{text.safariSource}</p>
          {!onDataPage && (
            <button
              type="button"
              onClick={() => {
                localStorage.setItem(DISMISSED_KEY, new Date().toISOString());
                setSafari(false);
              }}
            >
              {text.dismiss}
            </button>
          )}
        </section>
      )}
      {backupDue && (
        <p class="notice storage-notice" data-testid="backup-reminder">
          {text.backupDue(BACKUP_REMINDER_DAYS)}{' '}
          {!onDataPage && <a href={appPaths.data}>{text.backupLink}</a>}
        </p>
      )}
    </div>
  );
}
