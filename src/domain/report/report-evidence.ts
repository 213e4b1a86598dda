import type { Evidence } from '../evidence';
import { VOICES } from '../evidence-vocabulary';
import type { ExpectationCode } from '../framework/expectation-code';
import { surveyAsSource } from '../survey/asked-statements';
import { reportedAmong, type ReportContext } from './report-context';
import type { ReportEvidence } from './report-model';
import { compareDutch } from '../dutch-order';

/** Newest first; undated evidence last; same date by title, then in the given order. */
function byDateNewestFirst(a: Evidence, b: Evidence): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compareDutch(a.title, b.title);
}

/** The evidence sorted by date, newest first, undated last. */
function sortEvidence(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence].sort(byDateNewestFirst);
}

/**
 * A piece of evidence as the report lists it: labels for its kind and voices (in vocabulary order), the
 * names of its attachments, and the reported expectations it is linked to, in reading order.
 */
function reportEvidence(context: ReportContext, item: Evidence): ReportEvidence {
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

/**
 * The cycle's bevragingen as the sources they are (kind bevraging, their group's voice, dated by their last
 * day), linked to the reported expectations their statements inform; in the order of the bevragingen.
 */
function surveyEvidence(
  context: ReportContext,
  include: (expectationCodes: readonly ExpectationCode[]) => boolean,
): ReportEvidence[] {
  const { labels } = context.vocabulary;
  return context.surveys.flatMap(({ outcome, questionnaire }) => {
    const { survey } = outcome;
    const source = surveyAsSource(survey, questionnaire);
    if (!include(source.expectationCodes)) return [];
    return {
      title: labels.surveys.sourceTitle(labels.respondentGroups[survey.group]),
      kind: labels.evidenceKinds[source.kind],
      voices: source.voices.map((voice) => labels.voices[voice]),
      date: survey.endDate,
      description: '',
      attachmentNames: [],
      expectationCodes: reportedAmong(context, source.expectationCodes),
    };
  });
}

/** The sources the report lists: the evidence newest first, then the bevragingen, each as `include` allows. */
export function reportSources(
  context: ReportContext,
  include: (expectationCodes: readonly ExpectationCode[]) => boolean,
): ReportEvidence[] {
  const evidence = context.evidence.filter((item) => include(item.expectationCodes));
  return [
    ...sortEvidence(evidence).map((item) => reportEvidence(context, item)),
    ...surveyEvidence(context, include),
  ];
}

/** The sources linked to one expectation: its evidence, newest first, then the bevragingen informing it. */
export function evidenceFor(context: ReportContext, code: ExpectationCode): ReportEvidence[] {
  return reportSources(context, (codes) => codes.includes(code));
}

/** The titles of the cycle's evidence with the given ids, in the given order; unknown ids are skipped. */
export function evidenceTitles(context: ReportContext, ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const item = context.evidence.find((candidate) => candidate.id === id);
    return item ? [item.title] : [];
  });
}
