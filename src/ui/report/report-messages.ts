import type { ReportModel, ReportSection } from '../../domain/report/report-model';
import type { ReportModels, ReportRequest } from './report-models';

/** What the page posts to the report's worker: a request and its number, to tell answers to older ones apart. */
export interface WorkerRequest {
  id: number;
  request: ReportRequest;
}

export type Which = 'model' | 'editable';

/**
 * What the worker posts back: each section of each model apart, then the models without their sections. The page
 * reads a message in a task of its own, so a large report arrives in parts the page takes one by one instead of
 * one copy that held it for as long as a long task.
 */
export type WorkerAnswer =
  | { id: number; kind: 'section'; which: Which; section: ReportSection }
  | {
      id: number;
      kind: 'done';
      model: ReportModel | undefined;
      /** `same` when the editors show the report itself (names are not hidden). */
      editable: ReportModel | undefined | 'same';
    }
  | { id: number; kind: 'error'; error: string };

/**
 * Gathers the answers to one request into its models. `add` takes each message as it comes and returns the
 * models once the last is in, or throws the worker's error.
 */
export function gatherer(): (answer: WorkerAnswer) => ReportModels | undefined {
  const received: Record<Which, ReportSection[]> = { model: [], editable: [] };
  return (answer) => {
    if (answer.kind === 'error') throw new Error(answer.error);
    if (answer.kind === 'section') {
      received[answer.which].push(answer.section);
      return undefined;
    }
    const model = answer.model && { ...answer.model, sections: received.model };
    const editable =
      answer.editable === 'same'
        ? model
        : answer.editable && { ...answer.editable, sections: received.editable };
    return { model, editable };
  };
}
