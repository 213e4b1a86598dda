import { buildReport } from '../../domain/report/build-report';
import type { ReportInput } from '../../domain/report/report-input';
import type { ReportModel } from '../../domain/report/report-model';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import { reportVocabulary, type ReportContent } from './report-vocabulary';

/**
 * What a report page asks to be built: the cycle's input with the chosen options, the content from the build and
 * the questionnaires. Plain data only, so it can be posted to the report's worker as it is.
 */
export interface ReportRequest {
  input: ReportInput;
  content: ReportContent;
  questionnaires: readonly Questionnaire[];
}

/** The report, and the one the editors show: the same but with names, when the report hides them. */
export interface ReportModels {
  /** None when no expectation is chosen: there is nothing to report. */
  model: ReportModel | undefined;
  editable: ReportModel | undefined;
}

/**
 * The models of a request, built alike in the report's worker and, where there is no worker, on the page. The
 * vocabulary is made here from the content, as its labels hold functions, which cannot be posted.
 */
export function reportModels({ input, content, questionnaires }: ReportRequest): ReportModels {
  const vocabulary = reportVocabulary(content, questionnaires);
  const model = input.options.codes.length === 0 ? undefined : buildReport(input, vocabulary);
  // The editors keep the team's own words: names are hidden in the report, never in what is stored.
  const editable =
    model && input.options.anonymise
      ? buildReport({ ...input, options: { ...input.options, anonymise: false } }, vocabulary)
      : model;
  return { model, editable };
}
