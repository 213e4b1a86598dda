import { describe, expect, it } from 'vitest';
import { DecryptionError, type DecryptionErrorCode } from '../../../src/storage/crypto/decryption-error';
import { decryptBytes, encryptBytes } from '../../../src/storage/crypto/encryption';
import {
  HEADER_LENGTH,
  ITERATIONS,
  MAGIC,
  PARAMS_LENGTH,
  isEncrypted,
} from '../../../src/storage/crypto/envelope';
import { passphraseProblem } from '../../../src/storage/crypto/passphrase';

const PASSPHRASE = 'zeven groene kikkers dansen';
const plaintext = new TextEncoder().encode('Verantwoording bij M2: het OV4-verslag van Els.');

async function decryptionError(file: Uint8Array, passphrase: string): Promise<DecryptionErrorCode> {
  const error: unknown = await decryptBytes(file, passphrase).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DecryptionError);
  return (error as DecryptionError).code;
}

/** The file with one byte changed. */
function flipped(file: Uint8Array, offset: number): Uint8Array {
  const copy = file.slice();
  copy[offset] = (copy[offset] ?? 0) ^ 0x01;
  return copy;
}

// One encryption shared by the tests that only read it: each derivation takes 600,000 PBKDF2 rounds.
const encrypted = encryptBytes(plaintext, PASSPHRASE);

describe('encrypted files', () => {
  it('open with the passphrase they were made with, giving back the same bytes', async () => {
    expect(await decryptBytes(await encrypted, PASSPHRASE)).toEqual(plaintext);
  });

  it('start with the magic bytes and record 600,000 PBKDF2 iterations, and hide the text', async () => {
    const file = await encrypted;
    expect(isEncrypted(file)).toBe(true);
    expect(file.slice(0, 8)).toEqual(MAGIC);
    expect(new DataView(file.buffer).getUint32(10)).toBe(ITERATIONS);
    expect(ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(new TextDecoder().decode(file)).not.toContain('Els');
    expect(file.length).toBe(HEADER_LENGTH + plaintext.length + 16);
  });

  it('use a fresh salt and iv each time, so the same data never gives the same file', async () => {
    const again = await encryptBytes(plaintext, PASSPHRASE);
    const first = await encrypted;
    expect(again.slice(15, 31)).not.toEqual(first.slice(15, 31));
    expect(again.slice(32, 44)).not.toEqual(first.slice(32, 44));
  });

  it('tell a wrong passphrase apart from a tampered file', async () => {
    const file = await encrypted;
    expect(await decryptionError(file, 'zeven groene kikkers zingen')).toBe('wrongPassphrase');
    // Right passphrase, changed ciphertext or authentication tag: AES-GCM refuses, the key check passed.
    expect(await decryptionError(flipped(file, HEADER_LENGTH + 3), PASSPHRASE)).toBe('damaged');
    expect(await decryptionError(flipped(file, file.length - 1), PASSPHRASE)).toBe('damaged');
    expect(await decryptionError(file.slice(0, file.length - 1), PASSPHRASE)).toBe('damaged');
    // A changed key check or salt cannot be told from a wrong passphrase (README.md says so).
    expect(await decryptionError(flipped(file, PARAMS_LENGTH + 1), PASSPHRASE)).toBe('wrongPassphrase');
    expect(await decryptionError(flipped(file, 20), PASSPHRASE)).toBe('wrongPassphrase');
  });

  it('refuse a weakened or impossible header before deriving any key', async () => {
    const file = await encrypted;
    const lowered = file.slice();
    new DataView(lowered.buffer).setUint32(10, 1_000);
    expect(await decryptionError(lowered, PASSPHRASE)).toBe('damaged');
    const huge = file.slice();
    new DataView(huge.buffer).setUint32(10, 0xffffffff);
    expect(await decryptionError(huge, PASSPHRASE)).toBe('damaged');
    expect(await decryptionError(flipped(file, 9), PASSPHRASE)).toBe('damaged'); // unknown kdf
    expect(await decryptionError(file.slice(0, HEADER_LENGTH), PASSPHRASE)).toBe('damaged');
    const newer = file.slice();
    newer[8] = 2;
    expect(await decryptionError(newer, PASSPHRASE)).toBe('newerFormat');
    expect(await decryptionError(new TextEncoder().encode('PK\u0003\u0004 een zip'), PASSPHRASE)).toBe(
      'notEncrypted',
    );
  });

  it('open with the same passphrase typed in another Unicode normal form', async () => {
    const composed = 'één wachtwoordzin met ë';
    const file = await encryptBytes(plaintext, composed);
    expect(await decryptBytes(file, composed.normalize('NFD'))).toEqual(plaintext);
  });

  it('are never made with a passphrase shorter than 12 characters', async () => {
    await expect(encryptBytes(plaintext, 'kort')).rejects.toThrow(RangeError);
  });
});

describe('choosing a passphrase', () => {
  it('asks for at least 12 characters typed the same way twice', () => {
    expect(passphraseProblem('elf tekens!', 'elf tekens!')).toBe('tooShort');
    expect(passphraseProblem('twaalf tekens', 'twaalf tekenz')).toBe('mismatch');
    expect(passphraseProblem('twaalf tekens', 'twaalf tekens')).toBeUndefined();
    // Characters, not bytes or UTF-16 units: twelve emoji are twelve characters.
    expect(passphraseProblem('🔑'.repeat(11), '🔑'.repeat(11))).toBe('tooShort');
  });
});
