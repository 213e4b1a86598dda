import type { Action } from '../action';
import type { Assessment } from '../assessment';
import { consensusByExpectation, ownRatings } from '../cycle-ratings';
import type { Evidence } from '../evidence';
import type { JournalNote } from '../journal-note';
import type { Expectation } from '../framework/expectation';
import type { ExpectationCode } from '../framework/expectation-code';
import { expectationsOf } from '../framework/framework-summary';
import { inCycleOrder, type Participant } from '../participant';
import { answeredSurveys, surveyOutcome, type SurveyOutcome } from '../survey/expectation-voices';
import type { Questionnaire } from '../survey/questionnaire';
import { evolutionOf, type Evolution } from './evolution';
import { inSurveyOrder } from '../survey/survey';
import type { ReportInput, ReportVocabulary } from './report-input';
import type { ReportModel, ReportRating } from './report-model';
import { reportRating } from './report-rating';

/** Whose judgement counts for an expectation, and the assessment that holds it (none when nobody judged). */
export interface Judgement {
  judgedBy: 'consensus' | 'individual' | 'nobody';
  assessment: Assessment | undefined;
}

/**
 * What every section builder reads: the input narrowed to the cycle, the expectations reported on and the
 * judgement of each. Made once by buildReport, so the sections agree on what is reported.
 */
export interface ReportContext {
  input: ReportInput;
  vocabulary: ReportVocabulary;
  kind: ReportModel['kind'];
  /** The expectations reported on: the chosen codes that are in scope, in reading order. */
  expectations: readonly Expectation[];
  codes: readonly ExpectationCode[];
  judgements: ReadonlyMap<ExpectationCode, Judgement>;
  /** The cycle's participants in the order they joined (createdAt; ties keep the given order). */
  participants: readonly Participant[];
  /** The cycle's own records; records of other cycles in the input are ignored. */
  assessments: readonly Assessment[];
  evidence: readonly Evidence[];
  actions: readonly Action[];
  journalNotes: readonly JournalNote[];
  /**
   * A team cycle's bevragingen in survey order, each with its questionnaire and what may be shown of it today
   * (results only once finished). A personal reflection is one person's, so it reports no group's voice.
   */
  surveys: readonly { outcome: SurveyOutcome; questionnaire: Questionnaire }[];
  /** The report's day, `YYYY-MM-DD`. */
  generatedOn: string;
  /** The comparison with the previous cycle, when this one follows up a comparable one. */
  evolution: Evolution | undefined;
}

/** The chosen codes that are in the cycle's scope, as expectations in the referentiekader's reading order. */
export function reportedExpectations(input: ReportInput, vocabulary: ReportVocabulary): Expectation[] {
  const chosen = new Set<ExpectationCode>(input.options.codes);
  const inScope = new Set<ExpectationCode>(input.cycle.scope);
  return expectationsOf(vocabulary.framework).filter(
    (expectation) => chosen.has(expectation.code) && inScope.has(expectation.code),
  );
}

/**
 * The judgement per reported expectation. A team cycle counts only the newest consensus: a member's own
 * rating is never shown as the team's. A personal reflection counts only the self participant's assessment.
 */
function judgementsOf(
  input: ReportInput,
  kind: ReportModel['kind'],
  codes: readonly ExpectationCode[],
): Map<ExpectationCode, Judgement> {
  const ratings =
    kind === 'team'
      ? consensusByExpectation(input.cycle, input.assessments)
      : ownRatings(input.cycle, input.assessments, input.selfParticipantId);
  const judgements = new Map<ExpectationCode, Judgement>();
  for (const code of codes) {
    const assessment = ratings.get(code);
    const judgedBy = assessment === undefined ? 'nobody' : assessment.kind;
    judgements.set(code, { judgedBy, assessment });
  }
  return judgements;
}

/** The cycle's bevragingen that have a questionnaire, each with what may be shown of it on `today`. */
function surveysOf(input: ReportInput, vocabulary: ReportVocabulary): ReportContext['surveys'] {
  const ofCycle = (input.surveys ?? []).filter((survey) => survey.cycleId === input.cycle.id);
  return answeredSurveys(inSurveyOrder(ofCycle), input.surveyResponses ?? [], vocabulary.questionnaires).map(
    (answered) => ({ outcome: surveyOutcome(answered, input.today), questionnaire: answered.questionnaire }),
  );
}

/** Everything the section builders share, worked out once from the input. */
export function reportContext(input: ReportInput, vocabulary: ReportVocabulary): ReportContext {
  const cycleId = input.cycle.id;
  const kind = input.cycle.mode === 'team' ? 'team' : 'personal';
  const expectations = reportedExpectations(input, vocabulary);
  const codes = expectations.map((expectation) => expectation.code);
  const participants = inCycleOrder(
    input.participants.filter((participant) => participant.cycleId === cycleId),
  );
  return {
    input,
    vocabulary,
    kind,
    expectations,
    codes,
    judgements: judgementsOf(input, kind, codes),
    participants,
    assessments: input.assessments.filter((assessment) => assessment.cycleId === cycleId),
    evidence: input.evidence.filter((item) => item.cycleId === cycleId),
    actions: input.actions.filter((action) => action.cycleId === cycleId),
    journalNotes: (input.journalNotes ?? []).filter((note) => note.cycleId === cycleId),
    surveys: kind === 'team' ? surveysOf(input, vocabulary) : [],
    generatedOn: input.now.toISOString().slice(0, 10),
    evolution: evolutionOf(input),
  };
}

/** The judgement of a reported expectation; nobody's when the code is not reported. */
export function judgementOf(context: ReportContext, code: ExpectationCode): Judgement {
  return context.judgements.get(code) ?? { judgedBy: 'nobody', assessment: undefined };
}

/**
 * The judgement of a reported expectation as the report words it; where a team has not agreed yet,
 * "nog geen gezamenlijk oordeel" rather than "nog niet beoordeeld", since members may well have rated it.
 */
export function judgedRating(context: ReportContext, code: ExpectationCode): ReportRating {
  const { assessment } = judgementOf(context, code);
  if (assessment === undefined && context.kind === 'team') {
    return { id: 'notRated', label: context.vocabulary.labels.noTeamJudgement };
  }
  return reportRating(context.vocabulary, assessment?.rating ?? 'notRated');
}

/** Text a user typed, or "niet ingevuld" when it is blank. */
export function orNotFilledIn(context: ReportContext, text: string | undefined): string {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? context.vocabulary.labels.notFilledIn : trimmed;
}

/** The codes among the given ones that are reported, in reading order. */
export function reportedAmong(context: ReportContext, codes: readonly ExpectationCode[]): ExpectationCode[] {
  return context.codes.filter((code) => codes.includes(code));
}
