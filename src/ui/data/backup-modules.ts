// The ZIP and checksum code is needed only when the user makes or restores a backup, so it is loaded then,
// keeping it out of the data view's first load.

/** Loads the backup writer. */
export const loadBackupWriter = () => import('../../storage/backup/write-backup');

/** Loads the backup reader and restorer. */
export const loadBackupRestorer = async () => {
  const [reader, restorer] = await Promise.all([
    import('../../storage/backup/read-backup'),
    import('../../storage/backup/restore-backup'),
  ]);
  return { ...reader, ...restorer };
};

/** Loads the passphrase encryption (Web Crypto only, but kept with the other export code). */
export const loadEncryption = () => import('../../storage/crypto/encryption');
