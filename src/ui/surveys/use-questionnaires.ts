import { useEffect, useState } from 'preact/hooks';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import type { LiveResult } from '../hooks/use-live-query';
import { sitePath } from '../site-path';

/** Where the build puts the questionnaires (src/pages/app/vragenlijsten.json.ts). */
const QUESTIONNAIRES_FILE = sitePath('app/vragenlijsten.json');

const NONE: LiveResult<readonly Questionnaire[]> = { status: 'ready', value: [] };

// One request per page, shared by every island that asks.
let loading: Promise<Questionnaire[]> | undefined;

async function fetchQuestionnaires(): Promise<Questionnaire[]> {
  // The schema, and zod with it, loads beside the file, so a page without bevragingen never downloads it.
  const [response, { QuestionnaireListSchema }] = await Promise.all([
    fetch(QUESTIONNAIRES_FILE),
    import('../../domain/survey/questionnaire-schema'),
  ]);
  if (!response.ok) throw new Error(`${QUESTIONNAIRES_FILE}: ${response.status}`);
  return QuestionnaireListSchema.parse(await response.json());
}

/**
 * The questionnaires, fetched when `wanted` (a cycle with bevragingen): most cycles have none, and a page
 * should not carry what it does not show. Offline the service worker serves the file; a failed request is an
 * error for the view to explain, and is tried again on the next page.
 */
export function useQuestionnaires(wanted: boolean): LiveResult<readonly Questionnaire[]> {
  const [result, setResult] = useState<LiveResult<readonly Questionnaire[]>>({ status: 'loading' });
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    loading ??= fetchQuestionnaires().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    loading.then(
      (value) => current && setResult({ status: 'ready', value }),
      (error: unknown) => current && setResult({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  return wanted ? result : NONE;
}

/** The questionnaires once they are there; none while they load or when they could not be fetched. */
export function loadedQuestionnaires(result: LiveResult<readonly Questionnaire[]>): readonly Questionnaire[] {
  return result.status === 'ready' ? result.value : [];
}
