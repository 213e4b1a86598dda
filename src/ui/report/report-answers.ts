import type { ReportModel } from '../../domain/report/report-model';
import { reportModels, type ReportModels } from './report-models';
import type { Which, WorkerAnswer, WorkerRequest } from './report-messages';

/** The worker's messages for one request, in the order it posts them. */
export function answers({ id, request }: WorkerRequest): WorkerAnswer[] {
  let models: ReportModels;
  try {
    models = reportModels(request);
  } catch (error) {
    return [{ id, kind: 'error', error: String(error) }];
  }
  const { model, editable } = models;
  const sections = (which: Which, of: ReportModel | undefined): WorkerAnswer[] =>
    (of?.sections ?? []).map((section) => ({ id, kind: 'section', which, section }));
  const shell = (of: ReportModel | undefined) => of && { ...of, sections: [] };
  return [
    ...sections('model', model),
    ...(editable === model ? [] : sections('editable', editable)),
    { id, kind: 'done', model: shell(model), editable: editable === model ? 'same' : shell(editable) },
  ];
}
