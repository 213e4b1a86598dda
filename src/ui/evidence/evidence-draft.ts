import { type Evidence } from '../../domain/evidence';
import { createEvidence } from '../../domain/evidence-schema';
import { EvidenceLinkSchema } from '../../domain/evidence-schema';
import type { EvidenceKind, Voice } from '../../domain/evidence-vocabulary';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { MAX_TEXT_LENGTH } from '../../domain/record';
import { LabelSchema } from '../../domain/record-schema';
import * as strings from '../strings';
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

/** The problems that keep a draft from being saved; empty when it can be saved. */
export function errorsOf(draft: EvidenceDraft): DraftErrors {
  const messages = strings.evidenceForm.errors;
  const errors: DraftErrors = {};
  if (!draft.title.trim()) errors.title = messages.title;
  else if (!LabelSchema.safeParse(draft.title).success) errors.title = messages.titleTooLong;
  if (draft.description.trim().length > MAX_TEXT_LENGTH)
    errors.description = messages.description(MAX_TEXT_LENGTH);
  if (draft.link.trim() && !EvidenceLinkSchema.safeParse(draft.link.trim()).success)
    errors.link = messages.link;
  if (draft.expectationCodes.length === 0) errors.expectationCodes = messages.expectations;
  return errors;
}

/** The record a valid draft saves: a new piece of evidence in the cycle, or the edited one. */
export function evidenceFromDraft(draft: EvidenceDraft, cycleId: string, existing?: Evidence): Evidence {
  const fields = {
    title: draft.title.trim(),
    kind: draft.kind,
    voices: draft.voices,
    description: draft.description.trim(),
    expectationCodes: draft.expectationCodes,
    ...(draft.date ? { date: draft.date } : {}),
    ...(draft.link.trim() ? { link: draft.link.trim() } : {}),
  };
  if (!existing) return createEvidence({ cycleId, ...fields });
  // Dropped first, so clearing the date or the link in the form removes it from the record.
  const { date: _date, link: _link, ...kept } = existing;
  return { ...kept, ...fields };
}
