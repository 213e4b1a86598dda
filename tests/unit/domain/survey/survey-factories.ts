import type { AnswerScale } from '../../../../src/domain/survey/answer-scale';
import type { Questionnaire } from '../../../../src/domain/survey/questionnaire';
import type { RespondentGroup } from '../../../../src/domain/survey/respondent-group';
import { type Survey } from '../../../../src/domain/survey/survey';
import { createSurvey } from '../../../../src/domain/survey/survey-schema';
import type { SurveyResponse } from '../../../../src/domain/survey/survey-response';

/** A four-point agreement scale: the upper two points agree. */
export const AGREE_SCALE: AnswerScale = {
  options: [
    { id: 'disagree', label: 'helemaal niet akkoord', agrees: false },
    { id: 'ratherDisagree', label: 'eerder niet akkoord', agrees: false },
    { id: 'ratherAgree', label: 'eerder akkoord', agrees: true },
    { id: 'agree', label: 'helemaal akkoord', agrees: true },
  ],
  dontKnow: { label: 'weet ik niet / niet van toepassing' },
};

/** A schema-valid questionnaire for a group, its ids prefixed by the group so groups never share one. */
export function aQuestionnaire(group: RespondentGroup = 'parents'): Questionnaire {
  const prefix = group.toLowerCase();
  return {
    group,
    title: `Vragenlijst ${group}`,
    respondents: 'Wie gevraagd wordt.',
    easyRead: false,
    introduction: 'Een korte inleiding.',
    scale: AGREE_SCALE,
    items: Array.from({ length: 8 }, (_, i) => ({
      id: `${prefix}-stelling-${i + 1}`,
      statement: `Stelling ${i + 1}.`,
      informs: [i % 2 === 0 ? 'R1' : 'S2'],
    })),
    openQuestions: [{ id: `${prefix}-open`, question: 'Wat wil je nog kwijt?' }],
  };
}

let responses = 0;

/** A response with these answers (statement id → scale point or `dontKnow`) and open answers. */
export function aResponse(
  answers: Record<string, string>,
  openAnswers: Record<string, string> = {},
): SurveyResponse {
  responses += 1;
  return {
    id: `00000000-0000-4000-8000-${String(responses).padStart(12, '0')}`,
    surveyId: '11111111-1111-4111-8111-111111111111',
    answers,
    openAnswers,
    channel: 'kiosk',
  };
}

/** A parents' bevraging of every statement of `aQuestionnaire()`, over January 2027, ten people asked. */
export function aSurvey(overrides: Partial<Survey> = {}): Survey {
  return createSurvey({
    cycleId: '0b1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5',
    group: 'parents',
    itemIds: aQuestionnaire('parents').items.map((item) => item.id),
    startDate: '2027-01-01',
    endDate: '2027-01-31',
    askedCount: 10,
    ...overrides,
  });
}
