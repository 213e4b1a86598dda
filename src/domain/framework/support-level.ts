/** The three ondersteuningsniveaus the referentiekader names: leersteun for the pupil, the teacher, the school team. */
export const SUPPORT_LEVELS = ['leerling', 'leraar', 'schoolteam'] as const;

export type SupportLevel = (typeof SUPPORT_LEVELS)[number];
