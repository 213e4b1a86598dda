import { useEffect, useState } from 'preact/hooks';
import { askedStatements } from '../../../domain/survey/asked-statements';
import type { Questionnaire } from '../../../domain/survey/questionnaire';
import { isSurveyFinished } from '../../../domain/survey/survey';
import { isClosed } from '../../../domain/workflow';
import { getDatabase } from '../../../storage/database';
import { loadSurvey } from '../../../storage/survey-store';
import { SURVEY_PARAM, appPaths } from '../../cycles/cycle-link';
import { todayIso } from '../../format';
import { useLiveQuery } from '../../hooks/use-live-query';
import { Loading } from '../../loading';
import * as strings from '../../strings';
import { FormsExport } from './FormsExport';
import { SpreadsheetImport } from './SpreadsheetImport';

/**
 * One bevraging with Microsoft Forms or Google Forms: the questionnaire to rebuild there, and the results read
 * back in. The bevraging is named by the address, as the afnamemodus is.
 */
export default function SpreadsheetPage({ questionnaires }: { questionnaires: readonly Questionnaire[] }) {
  const text = strings.spreadsheets;
  // Read after hydration: the static HTML was rendered without an address to read.
  const [surveyId, setSurveyId] = useState<string | null>(null);
  useEffect(() => setSurveyId(new URLSearchParams(window.location.search).get(SURVEY_PARAM) ?? ''), []);
  const loaded = useLiveQuery(
    async () => (surveyId ? loadSurvey(getDatabase(), surveyId) : undefined),
    [surveyId],
  );

  if (surveyId === null || loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  const found = loaded.value;
  const questionnaire = found && questionnaires.find((q) => q.group === found.survey.group);
  if (!found || !questionnaire) {
    return (
      <div role="alert" class="notice">
        <p>{text.notFound}</p>
        <p>
          <a href={appPaths.cycles}>{strings.cycles.backToList}</a>
        </p>
      </div>
    );
  }
  const { survey, cycle } = found;
  const group = strings.respondentGroups[survey.group];
  const statements = askedStatements(survey, questionnaire);
  const open = !isSurveyFinished(survey, todayIso()) && !(cycle && isClosed(cycle));
  return (
    <div class="spreadsheet-page">
      <h2>{text.pageTitle(group)}</h2>
      <p>
        <a href={appPaths.surveys(survey.cycleId)}>{text.back}</a>
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
