import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { EVIDENCE_KINDS, VOICES } from './evidence-vocabulary';

/** One of EVIDENCE_KINDS. */
export const EvidenceKindSchema = lazySchema(() => z.enum(EVIDENCE_KINDS));

/** One of VOICES. */
export const VoiceSchema = lazySchema(() => z.enum(VOICES));
