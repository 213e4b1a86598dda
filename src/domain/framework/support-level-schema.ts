import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { SUPPORT_LEVELS } from './support-level';

/** One of SUPPORT_LEVELS. */
export const SupportLevelSchema = lazySchema(() => z.enum(SUPPORT_LEVELS));
