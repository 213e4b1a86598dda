import { describe, expect, it } from 'vitest';
import { AnswerScaleSchema } from '../../../../src/domain/survey/answer-scale-schema';
import { findQuestionnaireProblems, type Questionnaire } from '../../../../src/domain/survey/questionnaire';
import { QuestionnaireSchema } from '../../../../src/domain/survey/questionnaire-schema';
import { RESPONDENT_GROUPS } from '../../../../src/domain/survey/respondent-group';
import { AGREE_SCALE, aQuestionnaire } from './survey-factories';

describe('QuestionnaireSchema', () => {
  it('accepts a complete questionnaire', () => {
    expect(QuestionnaireSchema.safeParse(aQuestionnaire()).success).toBe(true);
  });

  it('refuses a statement that informs an expectation the referentiekader does not have', () => {
    const questionnaire = aQuestionnaire();
    questionnaire.items[0] = { ...questionnaire.items[0]!, informs: ['BL6' as 'BL5'] };
    expect(QuestionnaireSchema.safeParse(questionnaire).success).toBe(false);
  });

  it('refuses two statements with the same id', () => {
    const questionnaire = aQuestionnaire();
    questionnaire.items[1] = { ...questionnaire.items[1]!, id: questionnaire.items[0]!.id };
    expect(QuestionnaireSchema.safeParse(questionnaire).success).toBe(false);
  });

  it('refuses a group without statements, or with fewer than eight', () => {
    expect(QuestionnaireSchema.safeParse({ ...aQuestionnaire(), items: [] }).success).toBe(false);
    expect(
      QuestionnaireSchema.safeParse({ ...aQuestionnaire(), items: aQuestionnaire().items.slice(0, 7) })
        .success,
    ).toBe(false);
  });

  it('refuses a questionnaire without an open question or without a scale', () => {
    expect(QuestionnaireSchema.safeParse({ ...aQuestionnaire(), openQuestions: [] }).success).toBe(false);
    const { scale: _scale, ...withoutScale } = aQuestionnaire();
    expect(QuestionnaireSchema.safeParse(withoutScale).success).toBe(false);
  });

  it('refuses an easy-read questionnaire whose answers have no pictograms', () => {
    expect(QuestionnaireSchema.safeParse({ ...aQuestionnaire(), easyRead: true }).success).toBe(false);
  });
});

describe('AnswerScaleSchema', () => {
  it('keeps "weet ik niet" off the scale', () => {
    const options = [...AGREE_SCALE.options];
    options[0] = { ...options[0]!, id: 'dontKnow' };
    expect(AnswerScaleSchema.safeParse({ ...AGREE_SCALE, options }).success).toBe(false);
  });

  it('refuses a scale whose agreeing answers are not its top end', () => {
    const reversed = [...AGREE_SCALE.options].reverse();
    expect(AnswerScaleSchema.safeParse({ ...AGREE_SCALE, options: reversed }).success).toBe(false);
    const noneAgree = AGREE_SCALE.options.map((option) => ({ ...option, agrees: false }));
    expect(AnswerScaleSchema.safeParse({ ...AGREE_SCALE, options: noneAgree }).success).toBe(false);
  });
});

describe('findQuestionnaireProblems', () => {
  const oneOfEach = (): Questionnaire[] =>
    RESPONDENT_GROUPS.map((group) => {
      const questionnaire = aQuestionnaire(group);
      return QuestionnaireSchema.parse(questionnaire);
    });

  it('finds nothing wrong in one questionnaire per group with ids of their own', () => {
    expect(findQuestionnaireProblems(oneOfEach())).toEqual([]);
  });

  it('names a missing group, a group asked twice and an id used in two questionnaires', () => {
    const [first, second, ...rest] = oneOfEach();
    const copy: Questionnaire = { ...second!, group: first!.group };
    const problems = findQuestionnaireProblems([first!, copy, ...rest]);
    expect(problems).toContain(`respondent group ${first!.group} has 2 questionnaires, not one`);
    expect(problems).toContain(`respondent group ${second!.group} has 0 questionnaires, not one`);
    const shared = QuestionnaireSchema.parse({ ...aQuestionnaire(second!.group), items: first!.items });
    expect(findQuestionnaireProblems([first!, shared, ...rest])).toContain(
      `id "${first!.items[0]!.id}" is used by more than one statement or open question`,
    );
  });
});
