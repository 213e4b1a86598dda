import type { Evidence } from '../../domain/evidence';
import { createEvidence, EvidenceLinkSchema } from '../../domain/evidence-schema';
import { MAX_TEXT_LENGTH } from '../../domain/record';
import { LabelSchema } from '../../domain/record-schema';
import * as strings from '../strings';
import type { DraftErrors, EvidenceDraft } from './evidence-draft';

// What a draft may become, checked with the record's own schemas: loaded with the form, not with the library.

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
