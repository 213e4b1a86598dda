import { useEffect, useState } from 'preact/hooks';
import type { LiveResult } from '../hooks/use-live-query';
import type { ReportModels, ReportRequest } from './report-models';
import { gatherer, type WorkerAnswer, type WorkerRequest } from './report-messages';

/** The page's one report worker; `null` once it could not start or failed, after which the page builds. */
let worker: Worker | null | undefined;
let lastId = 0;
/** Requests posted and not yet answered in full: each gathers its answer's parts as they come. */
const waiting = new Map<
  number,
  {
    add: (answer: WorkerAnswer) => ReportModels | undefined;
    resolve: (models: ReportModels) => void;
    reject: (error: Error) => void;
  }
>();

function reportWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
    return worker;
  }
  worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    const request = waiting.get(answer.id);
    if (!request) return;
    try {
      const models = request.add(answer);
      if (!models) return;
      waiting.delete(answer.id);
      request.resolve(models);
    } catch (error) {
      waiting.delete(answer.id);
      request.reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  // A worker that does not load (a browser without module workers, a file missing from an old cache) leaves
  // the page to build the report itself, for the requests in flight and those after.
  const fail = (): void => {
    worker?.terminate();
    worker = null;
    for (const request of waiting.values()) request.reject(new Error('report worker failed'));
    waiting.clear();
  };
  worker.addEventListener('error', fail);
  worker.addEventListener('messageerror', fail);
  return worker;
}

async function onThePage(request: ReportRequest): Promise<ReportModels> {
  const { reportModels } = await import('./report-models');
  return reportModels(request);
}

/** The models of a request, built in the report's worker, or on the page where the worker cannot. */
export async function buildReportModels(request: ReportRequest): Promise<ReportModels> {
  const current = reportWorker();
  if (!current) return onThePage(request);
  const id = ++lastId;
  try {
    return await new Promise<ReportModels>((resolve, reject) => {
      waiting.set(id, { add: gatherer(), resolve, reject });
      current.postMessage({ id, request } satisfies WorkerRequest);
    });
  } catch {
    return onThePage(request);
  }
}

/** Built models with the request they were built from: the downloads need the input the report shows. */
export interface BuiltReport extends ReportModels {
  request: ReportRequest;
}

/**
 * The report of the latest request, built off the page's main thread. Until a newer request's report is ready
 * the previous one stays, so the editors beside it stay open while the user types; `loading` only at first.
 */
export function useReportModels(request: ReportRequest | undefined): LiveResult<BuiltReport> {
  const [result, setResult] = useState<LiveResult<BuiltReport>>({ status: 'loading' });
  useEffect(() => {
    if (!request) return undefined;
    let current = true;
    buildReportModels(request).then(
      (models) => current && setResult({ status: 'ready', value: { ...models, request } }),
      (error: unknown) => current && setResult({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [request]);
  return result;
}
