/**
 * The report's worker: builds the report model off the page's main thread. For a five-year cycle the model took
 * a quarter of a second on a mid-range phone, in which the page could not answer a tap.
 */
import { answers } from './report-answers';
import type { WorkerRequest } from './report-messages';

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  for (const message of answers(event.data)) postMessage(message);
});
