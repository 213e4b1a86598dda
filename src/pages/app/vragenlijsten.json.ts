import type { APIRoute } from 'astro';
import { getQuestionnaires } from '../../collections/questionnaires';

/**
 * The questionnaires of every respondent group, for the app's views that show what a cycle's bevragingen say:
 * fetched only when a cycle has one (see `ui/surveys/use-questionnaires.ts`), so no other page carries their
 * 30 KB in its HTML. Precached by the service worker like every built file.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getQuestionnaires()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
