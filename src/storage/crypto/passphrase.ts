/** Shortest passphrase accepted for an encrypted export, in characters. */
export const MIN_PASSPHRASE_LENGTH = 12;

/** What is wrong with a chosen passphrase and its repetition, if anything. */
export type PassphraseProblem = 'tooShort' | 'mismatch';

/**
 * The passphrase as the key is derived from it: Unicode NFC, so the same words typed on another keyboard or
 * system (which may compose "ë" differently) open the file.
 */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** Checks a new passphrase: long enough, and typed the same way twice. */
export function passphraseProblem(passphrase: string, repeated: string): PassphraseProblem | undefined {
  if ([...normalisePassphrase(passphrase)].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (normalisePassphrase(passphrase) !== normalisePassphrase(repeated)) return 'mismatch';
  return undefined;
}
