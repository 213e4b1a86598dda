/**
 * The 17 kwaliteitsverwachtingen of the referentiekader of February 2023, in its reading order.
 * Stored records refer to expectations by these codes, so they are the framework version's identity:
 * a revised framework gets a new version, never a silently edited list.
 */
export const EXPECTATION_CODES = [
  'R1',
  'R2',
  'R3',
  'V1',
  'M1',
  'M2',
  'M3',
  'M4',
  'S1',
  'S2',
  'S3',
  'S4',
  'BL1',
  'BL2',
  'BL3',
  'BL4',
  'BL5',
] as const;

/** One of the 17 expectation codes; its schema is ExpectationCodeSchema (expectation-code-schema.ts). */
export type ExpectationCode = (typeof EXPECTATION_CODES)[number];

/** The framework version these codes and texts belong to. */
export const FRAMEWORK_VERSION = '2023-02';

/** Whether a string is one of the 17 expectation codes. */
export function isExpectationCode(value: string): value is ExpectationCode {
  return (EXPECTATION_CODES as readonly string[]).includes(value);
}

/** The URL segment of an expectation's page: its code in lower case (`M2` → `m2`). */
export function expectationSlug(code: ExpectationCode): string {
  return code.toLowerCase();
}
