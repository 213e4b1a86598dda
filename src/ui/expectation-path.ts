import { expectationSlug, type ExpectationCode } from '../domain/framework/expectation-code';
import { sitePath } from './site-path';

/** The page of one kwaliteitsverwachting in the referentiekader, optionally at an anchor in it. */
export function expectationPath(code: ExpectationCode, anchor?: string): string {
  return sitePath(`referentiekader/${expectationSlug(code)}/${anchor ? `#${anchor}` : ''}`);
}
