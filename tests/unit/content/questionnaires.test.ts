import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExpectationSchema } from '../../../src/domain/framework/expectation';
import { DONT_KNOW } from '../../../src/domain/survey/answer-scale';
import { findQuestionnaireProblems } from '../../../src/domain/survey/questionnaire';
import { QuestionnaireSchema } from '../../../src/domain/survey/questionnaire-schema';
import { RESPONDENT_GROUPS, respondentGroupSlug } from '../../../src/domain/survey/respondent-group';
import { contentDir, readMarkdownFolder, readSource, readYamlFolder } from './read-content';
import { occursVerbatim } from './verbatim';

const OURS_MARK = '# Eigen vragenlijst van Leersteunspiegel — geen tekst uit het referentiekader.';

const files = readYamlFolder('questionnaires').map(({ file, data }) => ({
  file,
  questionnaire: QuestionnaireSchema.parse(data),
}));
const questionnaires = files.map(({ questionnaire }) => questionnaire);
const expectationCodes = new Set(
  readMarkdownFolder('expectations').map((f) => ExpectationSchema.parse(f.data).code),
);
const referentiekader = readSource('referentiekader-kwaliteitsvolle-leersteun-2023.txt');

/** Every text of a questionnaire a respondent or a team reads. */
function textsOf(questionnaire: (typeof questionnaires)[number]): string[] {
  return [
    questionnaire.title,
    questionnaire.respondents,
    questionnaire.introduction,
    ...questionnaire.items.map((item) => item.statement),
    ...questionnaire.openQuestions.map((question) => question.question),
  ];
}

describe('the questionnaires', () => {
  it('are one per respondent group, each in the file named after its page, with no id used twice', () => {
    expect(findQuestionnaireProblems(questionnaires)).toEqual([]);
    for (const { file, questionnaire } of files) {
      expect(file).toBe(`${respondentGroupSlug(questionnaire.group)}.yaml`);
    }
    expect(questionnaires.map((q) => q.group).sort()).toEqual([...RESPONDENT_GROUPS].sort());
  });

  it.each(files.map(({ file, questionnaire }) => [file, questionnaire] as const))(
    '%s: has eight to fifteen statements, open questions and a scale with "weet ik niet" apart',
    (_file, questionnaire) => {
      expect(questionnaire.items.length).toBeGreaterThanOrEqual(8);
      expect(questionnaire.items.length).toBeLessThanOrEqual(15);
      expect(questionnaire.openQuestions.length).toBeGreaterThanOrEqual(1);
      expect(questionnaire.scale.options.length).toBeGreaterThanOrEqual(3);
      expect(questionnaire.scale.options.map((option) => option.id)).not.toContain(DONT_KNOW);
      expect(questionnaire.scale.dontKnow.label.toLowerCase()).toContain('weet ik niet');
    },
  );

  it('map every statement to expectations of the referentiekader, and leave no expectation unasked', () => {
    const informed = new Set<string>();
    for (const item of questionnaires.flatMap((q) => q.items)) {
      for (const code of item.informs) {
        expect(expectationCodes, `${item.id} informs ${code}`).toContain(code);
        informed.add(code);
      }
    }
    expect([...informed].sort()).toEqual([...expectationCodes].sort());
  });

  it.each(files.map(({ file }) => [file] as const))(
    '%s: is marked as our own text in its first line',
    (file) => {
      const text = readFileSync(join(contentDir, 'questionnaires', file), 'utf8');
      expect(text.split('\n')[0]).toBe(OURS_MARK);
    },
  );

  it('never quote the referentiekader, so our text cannot pass for the official one', () => {
    for (const text of questionnaires.flatMap(textsOf)) {
      expect(occursVerbatim(text, referentiekader), text).toBe(false);
    }
  });

  it('give the pupils of the lagere school short sentences and a three-point answer with pictograms', () => {
    const pupils = questionnaires.find((q) => q.group === 'primaryPupils');
    expect(pupils?.easyRead).toBe(true);
    expect(pupils?.scale.options.map((option) => option.pictogram)).toEqual(['no', 'somewhat', 'yes']);
    expect(pupils?.scale.dontKnow.pictogram).toBe('unknown');
    for (const text of [
      ...(pupils?.items.map((item) => item.statement) ?? []),
      ...(pupils?.openQuestions.map((q) => q.question) ?? []),
    ]) {
      expect(text.split(/\s+/).length, text).toBeLessThanOrEqual(8);
    }
    expect(
      pupils?.introduction.split(/(?<=\.)\s+/).every((sentence) => sentence.split(/\s+/).length <= 10),
    ).toBe(true);
  });

  it('address their respondents as "je", never as "u"', () => {
    for (const text of questionnaires.flatMap(textsOf)) {
      expect(text, text).not.toMatch(/\b(u|uw)\b/i);
    }
  });

  it('keep every statement and open question once released, word for word under its id', () => {
    // Answers are stored by id and compared across years by id: a reworded text needs a new id, and an id that
    // disappears takes its results out of every bevraging that asked it. Add new ids to the fixture when
    // releasing them; a statement can only go once the questionnaires can mark one as no longer asked.
    const released = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../fixtures/questionnaires/released-2026-12.json'), 'utf8'),
    ) as Record<string, { statements: Record<string, string>; openQuestions: Record<string, string> }>;
    for (const questionnaire of questionnaires) {
      const { statements, openQuestions } = released[questionnaire.group] ?? {};
      const current = {
        statements: Object.fromEntries(questionnaire.items.map((item) => [item.id, item.statement])),
        openQuestions: Object.fromEntries(questionnaire.openQuestions.map((q) => [q.id, q.question])),
      };
      expect(current.statements, questionnaire.group).toMatchObject(statements ?? {});
      expect(current.openQuestions, questionnaire.group).toMatchObject(openQuestions ?? {});
    }
    expect(Object.keys(released).sort()).toEqual([...RESPONDENT_GROUPS].sort());
  });
});
