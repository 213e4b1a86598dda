import { askedStatements } from '../../../domain/survey/asked-statements';
import type { Questionnaire } from '../../../domain/survey/questionnaire';
import { isSurveyFinished } from '../../../domain/survey/survey';
import { isClosed } from '../../../domain/workflow';
import { appPaths } from '../../cycles/cycle-link';
import { todayIso } from '../../format';
import * as strings from '../../strings';
import { SurveyGate, type SurveyContext } from '../SurveyGate';
import { FormsExport } from './FormsExport';
import { SpreadsheetImport } from './SpreadsheetImport';

/**
 * One bevraging with Microsoft Forms or Google Forms: the questionnaire to rebuild there, and the results read
 * back in. The bevraging is named by the address, as the afnamemodus is.
 */
export default function SpreadsheetPage({ questionnaires }: { questionnaires: readonly Questionnaire[] }) {
  return (
    <SurveyGate questionnaires={questionnaires}>{(context) => <SpreadsheetBody {...context} />}</SurveyGate>
  );
}

function SpreadsheetBody({ survey, cycle, questionnaire }: SurveyContext) {
  const text = strings.spreadsheets;
  const group = strings.respondentGroups[survey.group];
  const statements = askedStatements(survey, questionnaire);
  const open = !isSurveyFinished(survey, todayIso()) && !(cycle && isClosed(cycle));
  return (
    <div class="spreadsheet-page">
      <h2>{text.pageTitle(group)}</h2>
      <p>
        <a href={appPaths.surveys(survey.cycleId)}>{strings.surveys.backToSurveys}</a>
      </p>
      <FormsExport survey={survey} questionnaire={questionnaire} statements={statements} />
      <section aria-labelledby="spreadsheet-import-title">
        <h2 id="spreadsheet-import-title">{text.importTitle}</h2>
        {open ? (
          <SpreadsheetImport survey={survey} questionnaire={questionnaire} statements={statements} />
        ) : (
          <p class="notice">{text.finished}</p>
        )}
      </section>
    </div>
  );
}
