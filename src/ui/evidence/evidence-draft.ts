import { type Evidence } from '../../domain/evidence';
import type { EvidenceKind, Voice } from '../../domain/evidence-vocabulary';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { draftKey, readDraft } from '../drafts/draft-store';
import type { EvidenceFilter } from './evidence-filter';

/** The evidence form's contents as the user typed them; becomes an Evidence record only when saved. */
export interface EvidenceDraft {
  title: string;
  kind: EvidenceKind;
  voices: Voice[];
  /** `YYYY-MM-DD`, or empty. */
  date: string;
  description: string;
  link: string;
  expectationCodes: ExpectationCode[];
}

/** The fields that can be wrong. */
export type DraftField = 'title' | 'description' | 'link' | 'expectationCodes';

/** What is wrong with a draft, per field, in Dutch. */
export type DraftErrors = Partial<Record<DraftField, string>>;

/**
 * A new draft. It starts from the library's filters: evidence added while looking at "M2, parents" most
 * likely belongs there, and would otherwise vanish from the list the moment it is saved.
 */
export function newDraft(filter: EvidenceFilter): EvidenceDraft {
  return {
    title: '',
    kind: filter.kind ?? 'document',
    voices: filter.voice ? [filter.voice] : [],
    date: '',
    description: '',
    link: '',
    expectationCodes: filter.expectation ? [filter.expectation] : [],
  };
}

/** A draft holding a stored piece of evidence, to edit it. */
export function draftOf(evidence: Evidence): EvidenceDraft {
  return {
    title: evidence.title,
    kind: evidence.kind,
    voices: evidence.voices,
    date: evidence.date ?? '',
    description: evidence.description,
    link: evidence.link ?? '',
    expectationCodes: evidence.expectationCodes,
  };
}

/** Where the form keeps what was typed for new evidence (`existing` undefined) or for the evidence edited. */
export const evidenceDraftKey = (cycleId: string, existing?: Evidence): string =>
  draftKey('bron', cycleId, existing?.id ?? 'nieuw');

/**
 * Where the form keeps the names of the files chosen and not yet saved. The files themselves are too big for a
 * draft; their names let the form say, after a closed tab or a reload, which ones to choose again.
 */
export const chosenFilesKey = (cycleId: string, existing?: Evidence): string =>
  draftKey('bron-bestanden', cycleId, existing?.id ?? 'nieuw');

/** Whether new evidence was begun and not saved: text typed, or files chosen. */
export const hasNewEvidenceDraft = (cycleId: string, initial: EvidenceDraft): boolean =>
  readDraft(evidenceDraftKey(cycleId), initial) !== undefined ||
  (readDraft<string[]>(chosenFilesKey(cycleId), [])?.length ?? 0) > 0;
