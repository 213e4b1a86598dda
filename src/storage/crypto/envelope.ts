import { DecryptionError } from './decryption-error';

// The layout of an encrypted file; README.md beside this file documents it byte by byte.

/** "LSPCRYPT": the first eight bytes of every file Leersteunspiegel encrypted. */
export const MAGIC = new Uint8Array([0x4c, 0x53, 0x50, 0x43, 0x52, 0x59, 0x50, 0x54]);

/** Layout version written now; a reader refuses a newer one. */
export const ENVELOPE_VERSION = 1;

/** The only key derivation so far: PBKDF2 with HMAC-SHA-256. */
export const KDF_PBKDF2_SHA256 = 1;

/** PBKDF2 iterations written now (OWASP's 2023 advice for PBKDF2-HMAC-SHA-256). */
export const ITERATIONS = 600_000;

/**
 * Iterations a reader accepts. Fewer would mean the file was weakened after it was written; more than ten
 * million would let a crafted file keep the browser busy for minutes.
 */
export const MIN_ITERATIONS = ITERATIONS;
export const MAX_ITERATIONS = 10_000_000;

export const SALT_LENGTH = 16;
export const IV_LENGTH = 12;
export const KEY_CHECK_LENGTH = 32;
/** AES-GCM's authentication tag, appended to the ciphertext. */
export const TAG_LENGTH = 16;

/** Bytes before the key check: magic, version, kdf, iterations, salt (with length), iv (with length). */
export const PARAMS_LENGTH = MAGIC.length + 1 + 1 + 4 + 1 + SALT_LENGTH + 1 + IV_LENGTH;
/** Bytes before the ciphertext. */
export const HEADER_LENGTH = PARAMS_LENGTH + KEY_CHECK_LENGTH;

/** The parameters an encrypted file carries in its header. */
export interface EnvelopeParams {
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
}

/** A parsed file: its parameters, the header bytes the key check and the ciphertext are bound to, and the rest. */
export interface Envelope extends EnvelopeParams {
  /** Magic up to the iv: what the key check covers. */
  params: Uint8Array<ArrayBuffer>;
  keyCheck: Uint8Array<ArrayBuffer>;
  /** The whole header, key check included: AES-GCM's additional authenticated data. */
  header: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** Whether the bytes start like a file Leersteunspiegel encrypted (they may still be damaged). */
export function isEncrypted(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, index) => bytes[index] === byte);
}

/** The header's parameter bytes (everything before the key check) for the given salt and iv. */
export function encodeParams({ iterations, salt, iv }: EnvelopeParams): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(PARAMS_LENGTH);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  let offset = MAGIC.length;
  bytes[offset++] = ENVELOPE_VERSION;
  bytes[offset++] = KDF_PBKDF2_SHA256;
  view.setUint32(offset, iterations);
  offset += 4;
  bytes[offset++] = SALT_LENGTH;
  bytes.set(salt, offset);
  offset += SALT_LENGTH;
  bytes[offset++] = IV_LENGTH;
  bytes.set(iv, offset);
  return bytes;
}

/** Splits an encrypted file into its parts, refusing anything that is not a version this reader knows. */
export function parseEnvelope(input: Uint8Array): Envelope {
  if (!isEncrypted(input)) throw new DecryptionError('notEncrypted');
  const bytes = input.slice();
  const view = new DataView(bytes.buffer);
  let offset = MAGIC.length;
  const version = bytes[offset++];
  if (version !== undefined && version > ENVELOPE_VERSION) throw new DecryptionError('newerFormat');
  if (bytes.length < HEADER_LENGTH + TAG_LENGTH || version !== ENVELOPE_VERSION) {
    throw new DecryptionError('damaged');
  }
  const kdf = bytes[offset++];
  const iterations = view.getUint32(offset);
  offset += 4;
  const saltLength = bytes[offset++];
  const salt = bytes.slice(offset, offset + SALT_LENGTH);
  offset += SALT_LENGTH;
  const ivLength = bytes[offset++];
  const iv = bytes.slice(offset, offset + IV_LENGTH);
  if (
    kdf !== KDF_PBKDF2_SHA256 ||
    iterations < MIN_ITERATIONS ||
    iterations > MAX_ITERATIONS ||
    saltLength !== SALT_LENGTH ||
    ivLength !== IV_LENGTH
  ) {
    throw new DecryptionError('damaged');
  }
  return {
    iterations,
    salt,
    iv,
    params: bytes.slice(0, PARAMS_LENGTH),
    keyCheck: bytes.slice(PARAMS_LENGTH, HEADER_LENGTH),
    header: bytes.slice(0, HEADER_LENGTH),
    ciphertext: bytes.slice(HEADER_LENGTH),
  };
}
