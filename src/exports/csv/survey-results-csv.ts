import { modelExpectations } from '../../domain/report/rating-rows';
import type { ReportModel } from '../../domain/report/report-model';
import { exportLabels } from '../labels';
import { distributionText, surveyPeriod } from '../survey-text';
import { writeCsv } from './write-csv';

const labels = exportLabels.surveys;

/**
 * The results of the finished bevragingen as a CSV file for Excel: one row per expectation × statement that
 * informs it, in the report's order. A hidden result has its note and no number, as in the report. Shares are
 * whole percentages, so Excel with Flemish settings reads them as numbers.
 */
export function surveyResultsCsv(model: ReportModel): string {
  const rows = modelExpectations(model).flatMap((expectation) =>
    expectation.surveyVoices.flatMap((voice) =>
      voice.statements.map(({ id, statement, own, result }) => [
        surveyPeriod(voice.survey),
        voice.survey.group,
        id,
        statement,
        own ? labels.ownStatement : voice.mark,
        expectation.code,
        ...(result.shown
          ? [
              result.answers,
              result.agreeShare === undefined ? undefined : Math.round(result.agreeShare * 100),
              result.dontKnow,
              distributionText(result),
            ]
          : [undefined, undefined, undefined, result.note]),
      ]),
    ),
  );
  return writeCsv(labels.csvHeader, rows);
}
