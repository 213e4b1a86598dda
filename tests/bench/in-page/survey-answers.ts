import type { AnswerScale } from '../../../src/domain/survey/answer-scale';
import type { SurveyResultsInput } from '../../../src/domain/survey/survey-results';

const SCALE: AnswerScale = {
  options: [
    { id: 'disagree', label: 'klopt niet', agrees: false },
    { id: 'ratherDisagree', label: 'klopt eerder niet', agrees: false },
    { id: 'ratherAgree', label: 'klopt eerder wel', agrees: true },
    { id: 'agree', label: 'klopt', agrees: true },
  ],
  dontKnow: { label: 'weet ik niet / niet van toepassing' },
};
const CHOICES = [...SCALE.options.map((option) => option.id), 'dontKnow'];

/**
 * A bevraging of n respondents answering m statements on the parents' scale, every tenth skipping one, with two
 * open answers each: the largest a centre's parents' bevraging grows to, spread over every answer.
 */
export function surveyAnswers(respondents: number, statements: number): SurveyResultsInput {
  const itemIds = Array.from({ length: statements }, (_, index) => `stelling-${index + 1}`);
  return {
    survey: { askedCount: respondents, anonymityThreshold: 5 },
    itemIds,
    scale: SCALE,
    openQuestions: [
      { id: 'waardevol', question: 'Wat was het meest waardevol?' },
      { id: 'anders', question: 'Wat zou je graag anders zien?' },
    ],
    responses: Array.from({ length: respondents }, (_, respondent) => ({
      id: crypto.randomUUID(),
      surveyId: '00000000-0000-4000-8000-000000000000',
      channel: 'kiosk' as const,
      answers: Object.fromEntries(
        itemIds
          .filter((_, index) => respondent % 10 !== 0 || index !== respondent % statements)
          .map((id, index) => [id, CHOICES[(respondent * 7 + index * 3) % CHOICES.length] ?? 'dontKnow']),
      ),
      openAnswers: {
        waardevol: `Antwoord ${respondent}: de leerondersteuner luisterde naar ons kind.`,
        anders: respondent % 3 === 0 ? '' : `Meer overleg, zegt ouder ${respondent}.`,
      },
    })),
  };
}
