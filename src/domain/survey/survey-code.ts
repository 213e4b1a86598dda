import type { Survey } from './survey';

/**
 * The characters of a bevraging's code: digits and capitals without 0/O and 1/I, which a reader of a paper
 * form confuses. 32 of them, so each character carries five bits.
 */
export const SURVEY_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** How many characters a code has: 30 bits, about a billion codes, for the few bevragingen of one centre. */
export const SURVEY_CODE_LENGTH = 6;

/** FNV-1a over the id's characters: ids made by hand (fixtures) differ in few characters and still spread. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The short code printed on every page of a bevraging's paper form and shown on its card, so a stray page
 * finds its stack: six characters derived from the bevraging's id, the same on every device and in every year.
 */
export function surveyCode(survey: Pick<Survey, 'id'>): string {
  let rest = hashOf(survey.id);
  let code = '';
  for (let index = 0; index < SURVEY_CODE_LENGTH; index++) {
    code += SURVEY_CODE_ALPHABET[rest % SURVEY_CODE_ALPHABET.length] ?? '';
    rest = Math.floor(rest / SURVEY_CODE_ALPHABET.length);
  }
  return code;
}
