import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';

/** What kind of source a piece of evidence is: document, cijfers/data, observatie, bevraging, gesprek, verslag, ander. */
export const EVIDENCE_KINDS = [
  'document',
  'data',
  'observation',
  'survey',
  'conversation',
  'report',
  'other',
] as const;
export const EvidenceKindSchema = lazySchema(() => z.enum(EVIDENCE_KINDS));
export type EvidenceKind = z.output<typeof EvidenceKindSchema>;

/**
 * Whose perspective a source carries: leerlingen, ouders, leraren, schoolteams, directies, CLB, PBD,
 * leerondersteuners, partners. Triangulation means an expectation rests on more than one of these.
 */
export const VOICES = [
  'pupils',
  'parents',
  'teachers',
  'schoolTeams',
  'principals',
  'clb',
  'pbd',
  'supportStaff',
  'partners',
] as const;
export const VoiceSchema = lazySchema(() => z.enum(VOICES));
export type Voice = z.output<typeof VoiceSchema>;
