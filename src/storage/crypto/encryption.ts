import { DecryptionError } from './decryption-error';
import {
  HEADER_LENGTH,
  ITERATIONS,
  IV_LENGTH,
  PARAMS_LENGTH,
  SALT_LENGTH,
  encodeParams,
  parseEnvelope,
} from './envelope';
import { MIN_PASSPHRASE_LENGTH, normalisePassphrase } from './passphrase';

const encoder = new TextEncoder();

/** The two keys one passphrase gives: one encrypts, one proves the passphrase is right before decrypting. */
interface Keys {
  encryption: CryptoKey;
  check: CryptoKey;
}

/**
 * PBKDF2 stretches the passphrase once into a master secret; HKDF splits that into independent keys, so
 * checking the passphrase costs an attacker no less than decrypting, and the key check reveals nothing about
 * the encryption key.
 */
async function deriveKeys(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Keys> {
  const { subtle } = globalThis.crypto;
  const material = await subtle.importKey(
    'raw',
    encoder.encode(normalisePassphrase(passphrase)),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const master = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    256,
  );
  const hkdf = await subtle.importKey('raw', master, 'HKDF', false, ['deriveKey']);
  const hkdfParams = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: encoder.encode(info),
  });
  const [encryption, check] = await Promise.all([
    subtle.deriveKey(
      hkdfParams('leersteunspiegel aes-256-gcm v1'),
      hkdf,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    ),
    subtle.deriveKey(
      hkdfParams('leersteunspiegel key check v1'),
      hkdf,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    ),
  ]);
  return { encryption, check };
}

/**
 * Encrypts bytes with a passphrase (PBKDF2-SHA-256, 600,000 iterations → AES-256-GCM), with a fresh random
 * salt and iv, into the self-describing layout of README.md. For backups and contribution files alike.
 */
export async function encryptBytes(plaintext: Uint8Array, passphrase: string): Promise<Uint8Array> {
  if ([...normalisePassphrase(passphrase)].length < MIN_PASSPHRASE_LENGTH) {
    throw new RangeError(`a passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`);
  }
  const { subtle } = globalThis.crypto;
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_LENGTH));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_LENGTH));
  const keys = await deriveKeys(passphrase, salt, ITERATIONS);
  const params = encodeParams({ iterations: ITERATIONS, salt, iv });
  const keyCheck = new Uint8Array(await subtle.sign('HMAC', keys.check, params));
  const header = new Uint8Array(HEADER_LENGTH);
  header.set(params, 0);
  header.set(keyCheck, PARAMS_LENGTH);
  const ciphertext = new Uint8Array(
    await subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: header },
      keys.encryption,
      plaintext as Uint8Array<ArrayBuffer>,
    ),
  );
  const file = new Uint8Array(header.length + ciphertext.length);
  file.set(header, 0);
  file.set(ciphertext, header.length);
  return file;
}

/**
 * Decrypts a file made by `encryptBytes`. Throws DecryptionError: `notEncrypted`, `newerFormat`,
 * `wrongPassphrase` when the key check fails, `damaged` when the header is malformed or the contents fail
 * AES-GCM's authentication although the passphrase is right.
 */
export async function decryptBytes(file: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const envelope = parseEnvelope(file);
  const { subtle } = globalThis.crypto;
  const keys = await deriveKeys(passphrase, envelope.salt, envelope.iterations);
  if (!(await subtle.verify('HMAC', keys.check, envelope.keyCheck, envelope.params))) {
    throw new DecryptionError('wrongPassphrase');
  }
  try {
    return new Uint8Array(
      await subtle.decrypt(
        { name: 'AES-GCM', iv: envelope.iv, additionalData: envelope.header },
        keys.encryption,
        envelope.ciphertext,
      ),
    );
  } catch {
    throw new DecryptionError('damaged');
  }
}
