import { useEffect, useState } from 'preact/hooks';
import { getDatabase } from '../../storage/database';
import { loadSurvey } from '../../storage/survey-store';
import { SURVEY_PARAM } from '../cycles/cycle-link';
import { useLiveQuery, type LiveResult } from '../hooks/use-live-query';

/**
 * The bevraging the address names (`?bevraging=`), with its cycle, kept up to date; `surveyId` is null until
 * read after hydration (the static HTML has no address) and empty when the address names none.
 */
export function useSurveyFromAddress() {
  const [surveyId, setSurveyId] = useState<string | null>(null);
  useEffect(() => setSurveyId(new URLSearchParams(window.location.search).get(SURVEY_PARAM) ?? ''), []);
  const loaded: LiveResult<Awaited<ReturnType<typeof loadSurvey>>> = useLiveQuery(
    async () => (surveyId ? loadSurvey(getDatabase(), surveyId) : undefined),
    [surveyId],
  );
  return { surveyId, loaded };
}
