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
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

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
export type Voice = (typeof VOICES)[number];

/** Whether a value (an address parameter, say) is one of the kinds of source. */
export function isEvidenceKind(value: unknown): value is EvidenceKind {
  return (EVIDENCE_KINDS as readonly unknown[]).includes(value);
}

/** Whether a value (an address parameter, say) is one of the voices. */
export function isVoice(value: unknown): value is Voice {
  return (VOICES as readonly unknown[]).includes(value);
}
