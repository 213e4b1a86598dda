import { DONT_KNOW_DIGIT } from './paper-entry';
import { askedStatements } from './asked-statements';
import type { Pictogram } from './answer-scale';
import type { Questionnaire } from './questionnaire';
import { surveyCode } from './survey-code';
import type { Survey } from './survey';

/** A box to tick on paper: the digit typed for it in the entry grid, its words and, in easy-read, its face. */
export interface PaperBox {
  digit: string;
  label: string;
  pictogram?: Pictogram;
}

/**
 * A bevraging's questionnaire as it goes on paper: what the print page and the Word file both lay out, so
 * the two never differ. No field for a name: the form is anonymous like every other way of answering.
 */
export interface PaperForm {
  /** The questionnaire's title, e.g. "Vragenlijst voor ouders". */
  title: string;
  /** The bevraging's short code, on every page. */
  code: string;
  /** The bevraging's own introduction, or else the questionnaire's. */
  introduction: string;
  /** Written for young readers: large type, and the faces beside the words. */
  easyRead: boolean;
  /** Pupils read the form themselves: large type. */
  largeType: boolean;
  /** The points of the scale, lowest first, numbered 1 … n. */
  scale: PaperBox[];
  /** "Weet ik niet", apart from the scale, numbered 0. */
  dontKnow: PaperBox;
  /** The statements in the order asked, numbered from 1: the number the entry grid names them by. */
  statements: { number: number; statement: string }[];
  openQuestions: { id: string; question: string }[];
}

/** The paper form of a bevraging: its group's questionnaire with the statements it asks and its own. */
export function paperForm(survey: Survey, questionnaire: Questionnaire): PaperForm {
  const { scale } = questionnaire;
  const box = (digit: string, label: string, pictogram: Pictogram | undefined): PaperBox =>
    pictogram ? { digit, label, pictogram } : { digit, label };
  return {
    title: questionnaire.title,
    code: surveyCode(survey),
    introduction: survey.introduction || questionnaire.introduction,
    easyRead: questionnaire.easyRead,
    largeType: survey.group === 'primaryPupils' || survey.group === 'secondaryPupils',
    scale: scale.options.map((option, index) => box(String(index + 1), option.label, option.pictogram)),
    dontKnow: box(DONT_KNOW_DIGIT, scale.dontKnow.label, scale.dontKnow.pictogram),
    statements: askedStatements(survey, questionnaire).map((statement, index) => ({
      number: index + 1,
      statement: statement.statement,
    })),
    openQuestions: questionnaire.openQuestions.map(({ id, question }) => ({ id, question })),
  };
}
