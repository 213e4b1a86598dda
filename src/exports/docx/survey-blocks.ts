import type { FileChild } from 'docx';
import type { ReportSurvey, ReportSurveyVoice } from '../../domain/report/report-model';
import type { SectionOf } from '../../domain/report/section-types';
import { exportLabels } from '../labels';
import {
  QUESTIONNAIRE_COLUMNS,
  RESULT_COLUMNS,
  SURVEY_COLUMNS,
  questionnaireRow,
  resultCells,
  scaleText,
  statementText,
  surveyCaption,
  surveyRow,
} from '../survey-text';
import { dataTable } from './docx-table';
import { bullet, heading, label, labelled, paragraph, paragraphOf, run, textRuns } from './docx-text';

const labels = exportLabels.surveys;

/** The part of the page's width each column of a table takes, in the order of its headers. */
// Wide enough that no header breaks inside a word ("Antwoorden") on an A4 page at the report's font size.
const SURVEY_SHARES = [14, 24, 19, 14, 29];
const RESULT_SHARES = [31, 20, 14, 13, 22];
const QUESTIONNAIRE_SHARES = [75, 25];
const withShares = (headers: readonly string[], shares: readonly number[]) =>
  headers.map((header, index) => ({ header, share: shares[index] ?? 10 }));

/** Section 2: every bevraging of the cycle, who was asked and how many answered; a running one says so. */
export function surveysAskedBlocks(surveys: readonly ReportSurvey[]): FileChild[] {
  if (surveys.length === 0) return [];
  return [
    paragraphOf([label(labels.title)], { keepNext: true }),
    ...dataTable(withShares(SURVEY_COLUMNS, SURVEY_SHARES), surveys.map(surveyRow), {
      firstColumnBold: true,
    }),
  ];
}

/** Section 3, under one expectation: per finished bevraging the statements that inform it and their results. */
export function surveyVoiceBlocks(voices: readonly ReportSurveyVoice[]): FileChild[] {
  if (voices.length === 0) return [];
  return [
    paragraphOf([run(labels.resultsTitle, { bold: true })], { keepNext: true }),
    ...voices.flatMap((voice) => [
      paragraphOf([run(surveyCaption(voice.survey), { bold: true })], { keepNext: true }),
      paragraphOf([run(voice.mark, { italics: true })], { keepNext: true }),
      ...dataTable(
        withShares(RESULT_COLUMNS, RESULT_SHARES),
        voice.statements.map((statement) => [statementText(statement), ...resultCells(statement.result)]),
      ),
    ]),
  ];
}

/** The appendices: the questionnaires as used, then the open answers when the options include them. */
export function surveyAppendixBlocks(section: SectionOf<'appendices'>): FileChild[] {
  const { questionnaires, openAnswers } = section;
  return [
    ...(questionnaires.length === 0 ? [] : [heading(2, labels.questionnairesTitle)]),
    ...questionnaires.flatMap((questionnaire) => [
      heading(3, questionnaire.title),
      paragraph(surveyCaption(questionnaire.survey)),
      paragraphOf([run(questionnaire.mark, { italics: true })]),
      ...labelled(labels.introduction, questionnaire.introduction),
      ...dataTable(
        withShares(QUESTIONNAIRE_COLUMNS, QUESTIONNAIRE_SHARES),
        questionnaire.statements.map(questionnaireRow),
      ),
      ...labelled(labels.scale, scaleText(questionnaire)),
      paragraphOf([label(labels.openQuestions)], { keepNext: true }),
      ...questionnaire.openQuestions.map((question) => bullet(textRuns(question))),
    ]),
    ...(openAnswers === undefined
      ? []
      : [
          heading(2, openAnswers.title),
          paragraph(openAnswers.warning, {}, { bold: true }),
          ...openAnswers.surveys.flatMap(({ survey, questions }) => [
            heading(3, surveyCaption(survey)),
            ...questions.flatMap(({ question, answers }) => [
              paragraphOf([run(question, { bold: true })], { keepNext: true }),
              ...answers.map((answer) => bullet(textRuns(answer))),
            ]),
          ]),
        ]),
  ];
}
