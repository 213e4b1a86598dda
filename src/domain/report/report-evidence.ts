import type { Evidence } from '../evidence';
import { VOICES } from '../evidence-vocabulary';
import type { ExpectationCode } from '../framework/expectation-code';
import { reportedAmong, type ReportContext } from './report-context';
import type { ReportEvidence } from './report-model';

/** Newest first; undated evidence last; same date by title, then in the given order. */
function byDateNewestFirst(a: Evidence, b: Evidence): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title, 'nl-BE');
}

/** The evidence sorted by date, newest first, undated last. */
export function sortEvidence(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence].sort(byDateNewestFirst);
}

/**
 * A piece of evidence as the report lists it: labels for its kind and voices (in vocabulary order), the
 * names of its attachments, and the reported expectations it is linked to, in reading order.
 */
export function reportEvidence(context: ReportContext, item: Evidence): ReportEvidence {
  const { labels } = context.vocabulary;
  return {
    title: item.title,
    kind: labels.evidenceKinds[item.kind],
    voices: VOICES.filter((voice) => item.voices.includes(voice)).map((voice) => labels.voices[voice]),
    ...(item.date === undefined ? {} : { date: item.date }),
    description: item.description,
    ...(item.link === undefined ? {} : { link: item.link }),
    attachmentNames: [...(context.input.attachmentNames.get(item.id) ?? [])],
    expectationCodes: reportedAmong(context, item.expectationCodes),
  };
}

/** The cycle's evidence linked to one expectation, newest first. */
export function evidenceFor(context: ReportContext, code: ExpectationCode): ReportEvidence[] {
  const linked = context.evidence.filter((item) => item.expectationCodes.includes(code));
  return sortEvidence(linked).map((item) => reportEvidence(context, item));
}

/** The titles of the cycle's evidence with the given ids, in the given order; unknown ids are skipped. */
export function evidenceTitles(context: ReportContext, ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const item = context.evidence.find((candidate) => candidate.id === id);
    return item ? [item.title] : [];
  });
}
