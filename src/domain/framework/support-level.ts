import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';

/** The three ondersteuningsniveaus the referentiekader names: leersteun for the pupil, the teacher, the school team. */
export const SUPPORT_LEVELS = ['leerling', 'leraar', 'schoolteam'] as const;

export const SupportLevelSchema = lazySchema(() => z.enum(SUPPORT_LEVELS));
export type SupportLevel = z.output<typeof SupportLevelSchema>;
