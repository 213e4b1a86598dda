import fc from 'fast-check';
import { BackupError } from '../../../src/storage/backup/backup-error';
import { readBackup } from '../../../src/storage/backup/read-backup';
import { restoreBackup } from '../../../src/storage/backup/restore-backup';
import { createBackup } from '../../../src/storage/backup/write-backup';
import { DecryptionError } from '../../../src/storage/crypto/decryption-error';
import { decryptBytes, encryptBytes } from '../../../src/storage/crypto/encryption';
import { HEADER_LENGTH } from '../../../src/storage/crypto/envelope';
import type { LeersteunspiegelDatabase } from '../../../src/storage/database';
import { TABLE_NAMES } from '../../../src/storage/tables';
import { aDataset } from './arbitraries';
import { corruptBackups } from './corrupt-backups';
import { freshDatabase } from './test-database';

/** A generated bad file and what was done to it, for the failure message. */
export type BrokenFile = () => Promise<{ kind: string; bytes: Uint8Array }>;

/** One kind of file a user can import, fed broken and hostile variants by the fuzz test. */
export interface FuzzTarget {
  name: string;
  /** The part of the run's cases this target gets; targets that derive a key per case get fewer. */
  share: number;
  /** Makes a valid file of this kind and returns generated broken variants of it. */
  brokenFiles(): Promise<fc.Arbitrary<BrokenFile>>;
  /** Imports a file as the app does, all checks first; returns the error, or undefined when it was restored. */
  importFile(db: LeersteunspiegelDatabase, bytes: Uint8Array): Promise<unknown>;
  /** The errors that mean "refused with a message"; anything else is a crash. */
  refusals: readonly (abstract new (...args: never[]) => Error)[];
}

/** A backup of a database with at least one record in every table, attachments included. */
export async function validBackupWithEverything(): Promise<Uint8Array> {
  const data = fc
    .sample(aDataset, { numRuns: 200, seed: 42 })
    .find((sample) => TABLE_NAMES.every((table) => sample[table].length > 0));
  if (!data) throw new Error('no sample with a record in every table');
  const db = freshDatabase();
  for (const table of TABLE_NAMES) await db.table(table).bulkAdd(data[table]);
  return (await createBackup(db)).bytes;
}

/** Imports a backup the way the data view does: read and check it, and only then restore it. */
export async function importBackup(db: LeersteunspiegelDatabase, bytes: Uint8Array): Promise<unknown> {
  try {
    await restoreBackup(db, await readBackup(bytes), 'merge');
    return undefined;
  } catch (error) {
    return error;
  }
}

const PASSPHRASE = 'een wachtwoordzin voor de fuzz-test';

const backupTarget: FuzzTarget = {
  name: 'backup',
  share: 1,
  brokenFiles: async () => corruptBackups(await validBackupWithEverything()),
  importFile: importBackup,
  refusals: [BackupError],
};

/** An encrypted backup: damaged envelopes, and broken backups encrypted with the right passphrase. */
const encryptedBackupTarget: FuzzTarget = {
  name: 'encrypted backup',
  share: 0.03,
  brokenFiles: async () => {
    const backup = await validBackupWithEverything();
    const valid = await encryptBytes(backup, PASSPHRASE);
    const changed = (kind: string, edit: (bytes: Uint8Array) => Uint8Array) => async () => ({
      kind,
      bytes: edit(valid.slice()),
    });
    const flip = (at: number, mask: number) => (bytes: Uint8Array) => {
      bytes[at]! ^= mask;
      return bytes;
    };
    return fc.oneof(
      fc
        .tuple(fc.nat({ max: HEADER_LENGTH - 1 }), fc.integer({ min: 1, max: 255 }))
        .map(([at, mask]) => changed(`header byte ${at}`, flip(at, mask))),
      fc
        .tuple(fc.integer({ min: HEADER_LENGTH, max: valid.length - 1 }), fc.integer({ min: 1, max: 255 }))
        .map(([at, mask]) => changed('ciphertext byte', flip(at, mask))),
      fc
        .nat({ max: valid.length - 1 })
        .map((length) => changed('truncated', (bytes) => bytes.slice(0, length))),
      fc
        .uint8Array({ maxLength: 200 })
        .map((tail) =>
          changed('header then junk', (bytes) => Uint8Array.from([...bytes.slice(0, 8), ...tail])),
        ),
      corruptBackups(backup).map((make) => async () => {
        const { kind, bytes } = await make();
        return { kind: `encrypted ${kind}`, bytes: await encryptBytes(bytes, PASSPHRASE) };
      }),
    );
  },
  importFile: async (db, bytes) => {
    try {
      return await importBackup(db, await decryptBytes(bytes, PASSPHRASE));
    } catch (error) {
      return error;
    }
  },
  refusals: [DecryptionError, BackupError],
};

/**
 * Every kind of file the app imports. A contribution file joins as a third target: a valid file, its broken
 * variants, and the import the team view runs.
 */
export const FUZZ_TARGETS: readonly FuzzTarget[] = [backupTarget, encryptedBackupTarget];
