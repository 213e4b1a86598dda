import type * as z from 'zod/mini';
import type { RespondentGroupSchema } from './respondent-group-schema';

/**
 * The groups a bevraging can ask, one questionnaire each: partner schools (directie, zorgcoördinator), leraren
 * who received leersteun, ouders, leerlingen lager and secundair onderwijs, CLB, and the centre's own
 * leerondersteuners.
 */
export const RESPONDENT_GROUPS = [
  'partnerSchools',
  'teachers',
  'parents',
  'primaryPupils',
  'secondaryPupils',
  'clb',
  'supportStaff',
] as const;

export type RespondentGroup = z.output<typeof RespondentGroupSchema>;

const SLUGS: Record<RespondentGroup, string> = {
  partnerSchools: 'scholen',
  teachers: 'leraren',
  parents: 'ouders',
  primaryPupils: 'leerlingen-lager',
  secondaryPupils: 'leerlingen-secundair',
  clb: 'clb',
  supportStaff: 'leerondersteuners',
};

/** The URL segment of a group's questionnaire page (`parents` → `ouders`), also its file name in content/. */
export function respondentGroupSlug(group: RespondentGroup): string {
  return SLUGS[group];
}
