// The modules, not the aggregation barrel: the report page needs no agenda code in its bundle.
import { aggregateExpectation } from '../aggregation/aggregate';
import { ownAssessments } from '../aggregation/own-assessments';
import type { Assessment } from '../assessment';
import { sortActions } from '../action-plan';
import type { Expectation } from '../framework/expectation';
import { journalOf } from '../journal-note';
import { SUPPORT_LEVELS } from '../framework/support-level';
import { reportEvolution } from './evolution';
import { individualNotes } from './individual-notes';
import { reportAction } from './development-plan';
import { judgedRating, judgementOf, type ReportContext } from './report-context';
import { evidenceFor, evidenceTitles } from './report-evidence';
import type { ReportExpectation } from './report-model';
import { spreadOf } from './spread';
import { surveyVoicesOn } from './survey-voices';

type ReportGoodPractice = NonNullable<ReportExpectation['goodPractice']>;

/**
 * The good practice behind level 4: its description and every criterion of content in order, with whether
 * the team ticked it and the titles of the evidence that backs it (evidence that no longer exists is left out).
 */
export function goodPracticeOf(
  context: ReportContext,
  assessment: Assessment,
): ReportGoodPractice | undefined {
  const { goodPractice } = assessment;
  if (assessment.rating !== 'exceeds' || goodPractice === undefined) return undefined;
  const criteria = [...context.vocabulary.framework.goodPracticeCriteria]
    .sort((a, b) => a.order - b.order)
    .map((criterion) => {
      const check = goodPractice.criteria.find((candidate) => candidate.criterionId === criterion.id);
      return {
        label: criterion.label,
        met: check?.met ?? false,
        evidenceTitles: evidenceTitles(context, check?.evidenceIds ?? []),
      };
    });
  return { description: goodPractice.description, criteria };
}

type PersonalParts = Pick<ReportExpectation, 'actions' | 'journal'>;

/**
 * What only a personal report shows under an expectation: the person's own actions on it (soonest due first)
 * and their journal on it (newest day first). A team report has neither: its plan is a section of its own and a
 * member's journal is theirs.
 */
function personalParts(context: ReportContext, code: Expectation['code']): PersonalParts {
  if (context.kind === 'team') return {};
  const actions = sortActions(
    context.actions.filter((action) => action.expectationCodes.includes(code)),
    'dueDate',
  ).map((action) => {
    const { title, status, dueDate, overdue } = reportAction(context, action);
    return { title, status, overdue, ...(dueDate === undefined ? {} : { dueDate }) };
  });
  const journal = journalOf(context.journalNotes, context.input.selfParticipantId, code).map(
    ({ date, text }) => ({ date, text }),
  );
  return { actions, journal };
}

/**
 * One expectation with its judgement, the spread of the individual ratings (team cycles with individual
 * assessments), the judgement's texts, the good practice at level 4, its judgement in the previous cycle
 * and the change (with a comparable one), linked evidence, what the finished bevragingen say about it and
 * individual notes.
 */
export function reportExpectation(context: ReportContext, expectation: Expectation): ReportExpectation {
  const { code } = expectation;
  const { judgedBy, assessment } = judgementOf(context, code);
  const own = ownAssessments(code, context.assessments, context.participants);
  const spread =
    context.kind === 'team' && own.length > 0
      ? spreadOf(context.vocabulary, aggregateExpectation(code, context.assessments, context.participants))
      : undefined;
  const goodPractice = assessment === undefined ? undefined : goodPracticeOf(context, assessment);
  const evolution = reportEvolution(context.evolution, context.vocabulary, code);
  const supportLevels = SUPPORT_LEVELS.filter((level) => assessment?.supportLevels.includes(level));
  return {
    code,
    statement: expectation.statement,
    rating: judgedRating(context, code),
    judgedBy,
    ...(assessment === undefined ? {} : { updatedAt: assessment.updatedAt }),
    ...(spread === undefined ? {} : { spread }),
    justification: assessment?.justification ?? '',
    strengths: assessment?.strengths ?? '',
    pointsToDevelop: assessment?.pointsToDevelop ?? '',
    supportLevels: supportLevels.map((level) => context.vocabulary.labels.supportLevels[level]),
    ...(goodPractice === undefined ? {} : { goodPractice }),
    ...(evolution === undefined ? {} : { evolution }),
    evidence: evidenceFor(context, code),
    surveyVoices: surveyVoicesOn(context, code),
    individualNotes: individualNotes(context, own),
    ...personalParts(context, code),
  };
}
