import type { AnswerScale } from '../../domain/survey/answer-scale';
import type { OpenQuestion } from '../../domain/survey/questionnaire';
import { exportLabels } from '../labels';
import { linesOf } from '../xml-safe-text';

const labels = exportLabels.formsQuestionnaire;

/** One question as the form tool gets it: its number, its words, and the answers to choose from (none: open). */
export interface FormsQuestion {
  number: number;
  text: string;
  options: string[];
}

/** A bevraging's questionnaire laid out to be rebuilt in Microsoft Forms or Google Forms. */
export interface FormsQuestionnaire {
  title: string;
  mark: string;
  introduction: string;
  chooseOne: string;
  statements: FormsQuestion[];
  openHeading: string;
  openQuestions: FormsQuestion[];
}

/** Text on one line, as a question or answer in a form tool must be. */
function oneLine(text: string): string {
  return linesOf(text)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The questionnaire as it is rebuilt in a form tool: each statement numbered as asked (1 is the first, as on
 * paper), with the scale's exact words and "weet ik niet" as its answers, so the results come back with
 * headers and answer words the import recognises; then the open questions, numbered on.
 */
export function formsQuestionnaire(input: {
  title: string;
  introduction: string;
  statements: readonly { statement: string }[];
  openQuestions: readonly OpenQuestion[];
  scale: AnswerScale;
}): FormsQuestionnaire {
  const options = [...input.scale.options.map((option) => option.label), input.scale.dontKnow.label].map(
    oneLine,
  );
  const count = input.statements.length;
  return {
    title: oneLine(input.title),
    mark: labels.ours,
    introduction: input.introduction,
    chooseOne: labels.chooseOne,
    statements: input.statements.map((statement, index) => ({
      number: index + 1,
      text: oneLine(statement.statement),
      options,
    })),
    openHeading: labels.openHeading,
    openQuestions: input.openQuestions.map((question, index) => ({
      number: count + index + 1,
      text: oneLine(question.question),
      options: [],
    })),
  };
}

/**
 * The questionnaire as plain text that pastes well: a numbered question per line, its answers each on a line
 * below it (Google Forms makes one option of each pasted line), a blank line between questions.
 */
export function formsQuestionnaireText(questionnaire: FormsQuestionnaire): string {
  const question = (item: FormsQuestion): string =>
    [`${item.number}. ${item.text}`, ...item.options].join('\n');
  return [
    questionnaire.title,
    questionnaire.mark,
    linesOf(questionnaire.introduction).join('\n'),
    questionnaire.chooseOne,
    ...questionnaire.statements.map(question),
    questionnaire.openHeading,
    ...questionnaire.openQuestions.map(question),
  ]
    .filter((block) => block.trim() !== '')
    .join('\n\n')
    .concat('\n');
}
