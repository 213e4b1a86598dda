import { CONTRIBUTION_FILE } from '../../domain/contribution/contribution-file';
import { TeamFileError, type TeamFileErrorCode } from '../../domain/contribution/file-error';
import type { ReadContribution } from '../../domain/contribution/import-plan';
import { readTeamFile, type Unwrap } from '../../domain/contribution/read-file';
import { DecryptionError, type DecryptionErrorCode } from '../../storage/crypto/decryption-error';
import { decryptBytes } from '../../storage/crypto/encryption';
import { isEncrypted } from '../../storage/crypto/envelope';
import { fileBytes } from './file-bytes';

/** An encrypted contribution not opened yet: no passphrase was tried on it, or the one tried did not fit. */
export interface LockedContribution {
  fileName: string;
  bytes: Uint8Array;
  /** True once a passphrase was tried and did not fit, so the coordinator is asked for this file's own. */
  tried: boolean;
}

/** A batch as far as it could be read: files read or refused, and encrypted files waiting for a passphrase. */
export interface ReadBatch {
  read: ReadContribution[];
  locked: LockedContribution[];
}

// A file refused while decrypting is refused like any other unreadable team file, with its own message.
const DECRYPTION_REFUSALS: Record<DecryptionErrorCode, TeamFileErrorCode> = {
  notEncrypted: 'notOurs',
  newerFormat: 'newerVersion',
  wrongPassphrase: 'wrongPassphrase',
  damaged: 'tampered',
};

/** readTeamFile's unwrap step: an encrypted file is decrypted with the passphrase, any other read as it is. */
function decrypting(passphrase: string | undefined): Unwrap {
  return async (bytes) => {
    if (!isEncrypted(bytes)) return bytes;
    if (passphrase === undefined) throw new TeamFileError('locked');
    try {
      return await decryptBytes(bytes, passphrase);
    } catch (error) {
      if (error instanceof DecryptionError) throw new TeamFileError(DECRYPTION_REFUSALS[error.code]);
      throw error;
    }
  };
}

/** A file to read: its name, how to get its bytes, and the passphrase to try when it is encrypted. */
interface Pending {
  fileName: string;
  load: () => Promise<Uint8Array>;
  passphrase?: string;
}

/** Reads one contribution; an encrypted one without a passphrase, or with one that does not fit, stays locked. */
async function readOne({
  fileName,
  load,
  passphrase,
}: Pending): Promise<ReadContribution | LockedContribution> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await load();
    const file = await readTeamFile(bytes, CONTRIBUTION_FILE, decrypting(passphrase));
    return { fileName, result: { ok: true, file } };
  } catch (error) {
    if (!(error instanceof TeamFileError)) throw error;
    if (bytes && (error.code === 'locked' || error.code === 'wrongPassphrase')) {
      return { fileName, bytes, tried: error.code === 'wrongPassphrase' };
    }
    return { fileName, result: { ok: false, error } };
  }
}

/** Reads the files in order, reporting after each how many are done. */
async function readAll(files: readonly Pending[], onProgress: (done: number) => void): Promise<ReadBatch> {
  const batch: ReadBatch = { read: [], locked: [] };
  for (const [index, file] of files.entries()) {
    const outcome = await readOne(file);
    if ('result' in outcome) batch.read.push(outcome);
    else batch.locked.push(outcome);
    onProgress(index + 1);
  }
  return batch;
}

/**
 * Reads chosen contribution files one after the other; a file that cannot be read becomes an entry with its
 * reason, so the others still go in. Encrypted files are set aside until the coordinator gives a passphrase.
 */
export function readContributionFiles(
  files: readonly File[],
  onProgress: (read: number) => void,
): Promise<ReadBatch> {
  return readAll(
    files.map((file) => ({ fileName: file.name, load: () => fileBytes(file) })),
    onProgress,
  );
}

/**
 * Tries each locked file with its passphrase: those it opens are read (or refused, when damaged); those it
 * does not fit stay locked, marked as tried.
 */
export function unlockContributions(
  locked: readonly LockedContribution[],
  passphraseOf: (file: LockedContribution) => string,
  onProgress: (done: number) => void,
): Promise<ReadBatch> {
  return readAll(
    locked.map((file) => ({
      fileName: file.fileName,
      load: async () => file.bytes,
      passphrase: passphraseOf(file),
    })),
    onProgress,
  );
}

/** The locked files the coordinator chose to leave out, as refused entries that say why. */
export function leaveLockedOut(locked: readonly LockedContribution[]): ReadContribution[] {
  return locked.map(({ fileName, tried }) => ({
    fileName,
    result: { ok: false, error: new TeamFileError(tried ? 'wrongPassphrase' : 'locked') },
  }));
}
