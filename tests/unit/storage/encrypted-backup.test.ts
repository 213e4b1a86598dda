import { describe, expect, it } from 'vitest';
import { createCycle } from '../../../src/domain/cycle-schema';
import { readBackup } from '../../../src/storage/backup/read-backup';
import { restoreBackup } from '../../../src/storage/backup/restore-backup';
import { createBackup } from '../../../src/storage/backup/write-backup';
import { DecryptionError } from '../../../src/storage/crypto/decryption-error';
import { decryptBytes, encryptBytes } from '../../../src/storage/crypto/encryption';
import { saveRecord } from '../../../src/storage/records';
import { dumpDatabase, freshDatabase } from './test-database';

const PASSPHRASE = 'back-up voor de nieuwe laptop';

/** What a restore screen does with an encrypted file: decrypt, check the backup completely, then write. */
async function restoreEncrypted(file: Uint8Array, passphrase: string) {
  const target = freshDatabase();
  await saveRecord(
    target,
    'cycles',
    createCycle({ title: 'Al aanwezig', schoolYear: '2024-2025', mode: 'team' }),
  );
  const before = await dumpDatabase(target);
  const outcome = await decryptBytes(file, passphrase)
    .then(readBackup)
    .then((contents) => restoreBackup(target, contents, 'replace'))
    .catch((error: unknown) => error);
  return { target, before, outcome };
}

describe('an encrypted backup', () => {
  it('restores the same data with the right passphrase, and writes nothing with a wrong one', async () => {
    const source = freshDatabase();
    await saveRecord(
      source,
      'cycles',
      createCycle({ title: 'Zelfevaluatie', schoolYear: '2025-2026', mode: 'team' }),
    );
    const { bytes } = await createBackup(source);
    const file = await encryptBytes(bytes, PASSPHRASE);

    const wrong = await restoreEncrypted(file, 'back-up voor de oude laptop');
    expect(wrong.outcome).toEqual(new DecryptionError('wrongPassphrase'));
    expect(await dumpDatabase(wrong.target)).toBe(wrong.before);

    const tampered = file.slice();
    tampered[tampered.length - 20] = (tampered[tampered.length - 20] ?? 0) ^ 0xff;
    const damaged = await restoreEncrypted(tampered, PASSPHRASE);
    expect(damaged.outcome).toEqual(new DecryptionError('damaged'));
    expect(await dumpDatabase(damaged.target)).toBe(damaged.before);

    const right = await restoreEncrypted(file, PASSPHRASE);
    expect(right.outcome).not.toBeInstanceOf(Error);
    expect((await right.target.cycles.toArray()).map((cycle) => cycle.title)).toEqual(['Zelfevaluatie']);
  });
});
