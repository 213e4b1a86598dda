import { isNationalRegisterNumber } from './national-register-number';

/** The kinds of personal data the scan looks for. */
export const PERSONAL_DATA_KINDS = ['nationalRegisterNumber', 'email', 'phone'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** One piece of text that looks like personal data. */
export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The text as it stands. */
  text: string;
  /** Where it starts in the scanned text (UTF-16 index). */
  start: number;
}

// Separators people type inside numbers; no line breaks, so numbers on separate lines are never joined.
const SEP = '[ \\u00a0./-]';
/** No digit (with or without a separator) right before or after: part of a longer number is no match. */
const NOT_AFTER_NUMBER = `(?<!\\d${SEP}?)`;
const NOT_BEFORE_NUMBER = `(?!${SEP}?\\d)`;

const PATTERNS: Record<PersonalDataKind, RegExp> = {
  // 85.07.30-033.28, 850730 033 28, 85073003328: YY MM DD NNN CC, with or without separators.
  nationalRegisterNumber: new RegExp(
    `${NOT_AFTER_NUMBER}\\d{2}${SEP}?\\d{2}${SEP}?\\d{2}${SEP}?\\d{3}${SEP}?\\d{2}${NOT_BEFORE_NUMBER}`,
    'g',
  ),
  email: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
  // +32 471 23 45 67, 0032 9 123 45 67, +32 (0)9 123 45 67, 0471/23.45.67, 09 123 45 67: checked below.
  phone: new RegExp(
    `(?<![\\p{L}\\p{N}+])${NOT_AFTER_NUMBER}(?:(?:\\+|00)32${SEP}*(?:\\(0\\)${SEP}*)?|0)\\d(?:${SEP}{0,3}\\d){7,8}${NOT_BEFORE_NUMBER}`,
    'gu',
  ),
};

/**
 * Whether the digits of a phone-like match form a Belgian number: after the country code or the leading 0,
 * eight digits for a landline or a service number (09 123 45 67, 0800 12 345), nine for a mobile
 * (4xx xx xx xx, with 45–49). Dates (01.09.2025 has eight digits in all) and longer numbers fail.
 */
function isBelgianPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  const national = digits.startsWith('0032')
    ? digits.slice(4)
    : digits.startsWith('32') && text.trimStart().startsWith('+')
      ? digits.slice(2)
      : digits.slice(1);
  // "+32 (0)9 …" writes the trunk 0 too.
  const subscriber = /\(0\)/.test(text) ? national.slice(1) : national;
  if (subscriber.startsWith('0')) return false;
  if (subscriber.length === 9) return /^4[5-9]/.test(subscriber);
  return subscriber.length === 8;
}

const IS_VALID: Record<PersonalDataKind, (text: string) => boolean> = {
  nationalRegisterNumber: (text) => isNationalRegisterNumber(text.replace(/\D/g, '')),
  email: () => true,
  phone: isBelgianPhoneNumber,
};

/**
 * Finds what looks like personal data in a text: Belgian national register numbers with a valid check,
 * e-mail addresses and Belgian phone numbers. Matches never overlap; an e-mail address wins over a number
 * inside it.
 */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  for (const kind of ['email', 'nationalRegisterNumber', 'phone'] as const) {
    for (const match of text.matchAll(PATTERNS[kind])) {
      const start = match.index;
      const end = start + match[0].length;
      const overlaps = found.some((other) => start < other.start + other.text.length && other.start < end);
      if (!overlaps && IS_VALID[kind](match[0])) found.push({ kind, text: match[0], start });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The match with most of it hidden, to show in a warning without repeating the personal data: an e-mail
 * address keeps its first character and its domain, a number its first two and last two digits; separators
 * stay, so the user recognises the format.
 */
export function maskPersonalData(match: Pick<PersonalDataMatch, 'kind' | 'text'>): string {
  if (match.kind === 'email') {
    const at = match.text.lastIndexOf('@');
    const local = [...match.text.slice(0, at)];
    return `${local[0] ?? ''}${'•'.repeat(Math.max(0, local.length - 1))}${match.text.slice(at)}`;
  }
  const digitCount = match.text.replace(/\D/g, '').length;
  let seen = 0;
  return match.text.replace(/\d/g, (digit) => {
    seen += 1;
    return seen <= 2 || seen > digitCount - 2 ? digit : '•';
  });
}
