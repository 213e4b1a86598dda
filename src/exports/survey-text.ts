import type { ReportQuestionnaire, ReportSurvey, ReportSurveyResult } from '../domain/report/report-model';
import { formatCalendarDate } from './calendar-date';
import { exportLabels } from './labels';

/**
 * The bevragingen's figures in words, shared by the report page, the Word file and the CSV so every format
 * shows them alike.
 */

const labels = exportLabels.surveys;

/** A share (0–1) as a whole percentage, as a reader of a report expects it. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A bevraging's period in words: "1 maart 2027 – 31 maart 2027". */
export function surveyPeriod(survey: ReportSurvey): string {
  return `${formatCalendarDate(survey.startDate)} – ${formatCalendarDate(survey.endDate)}`;
}

/** Who was asked, how many answered and whether it is finished: a row of section 2's table. */
export function surveyRow(survey: ReportSurvey): string[] {
  return [
    survey.group,
    surveyPeriod(survey),
    labels.responsesOf(survey.responses, survey.asked),
    percent(survey.responseRate),
    survey.status,
  ];
}

/** A statement as the appendix lists it: its words (marked when the centre's own) and what it informs. */
export function questionnaireRow(statement: ReportQuestionnaire['statements'][number]): string[] {
  return [statementText(statement), statement.expectationCodes.join(', ')];
}

/** The headers of {@link questionnaireRow}. */
export const QUESTIONNAIRE_COLUMNS: readonly string[] = [labels.statementsColumn, labels.informsColumn];

/** The headers of {@link surveyRow}. */
export const SURVEY_COLUMNS: readonly string[] = [
  labels.columns.group,
  labels.columns.period,
  labels.columns.responses,
  labels.columns.responseRate,
  labels.columns.status,
];

/** One bevraging named in a heading or caption: group, period and response. */
export function surveyCaption(survey: ReportSurvey): string {
  return labels.caption(survey.group, surveyPeriod(survey), survey.responses, survey.asked);
}

/** A statement as the report prints it; one the centre wrote itself says so. */
export function statementText(statement: { statement: string; own: boolean }): string {
  return statement.own ? `${statement.statement} (${labels.ownStatement})` : statement.statement;
}

/** How the answers fell over the scale: "klopt niet 1 · klopt eerder niet 2 · …". */
export function distributionText(result: Extract<ReportSurveyResult, { shown: true }>): string {
  return result.distribution.map((point) => `${point.label} ${point.count}`).join(' · ');
}

/**
 * A result's cells after the statement: answers, share agreeing, "weet ik niet", distribution. A hidden result
 * has its note and nothing else, not even a number.
 */
export function resultCells(result: ReportSurveyResult): [string, string, string, string] {
  if (!result.shown) return [result.note, '', '', ''];
  return [
    String(result.answers),
    result.agreeShare === undefined ? '' : percent(result.agreeShare),
    String(result.dontKnow),
    distributionText(result),
  ];
}

/** The headers of a results table: the statement, then {@link resultCells}. */
export const RESULT_COLUMNS: readonly string[] = [
  labels.resultColumns.statement,
  labels.resultColumns.answers,
  labels.resultColumns.agreeShare,
  labels.resultColumns.dontKnow,
  labels.resultColumns.distribution,
];

/** A questionnaire's scale in words, with "weet ik niet" apart from it. */
export function scaleText(questionnaire: Pick<ReportQuestionnaire, 'scale' | 'dontKnowLabel'>): string {
  return `${questionnaire.scale.join(' · ')}; ${labels.apart}: ${questionnaire.dontKnowLabel}`;
}
