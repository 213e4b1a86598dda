/** Why an encrypted file could not be opened. */
export type DecryptionErrorCode =
  /** The file does not start like a file Leersteunspiegel encrypted. */
  | 'notEncrypted'
  /** It was encrypted by a newer version of Leersteunspiegel, in a layout this one does not know. */
  | 'newerFormat'
  /** The key check failed: the passphrase is not the one it was encrypted with (or its header was altered). */
  | 'wrongPassphrase'
  /** The passphrase is right, but the contents are damaged or were changed after encryption. */
  | 'damaged';

/** An encrypted file that could not be decrypted. Nothing was read from it, so nothing was written. */
export class DecryptionError extends Error {
  constructor(readonly code: DecryptionErrorCode) {
    super(code);
    this.name = 'DecryptionError';
  }
}
