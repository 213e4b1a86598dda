import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/domain/report/build-report';
import type { ReportOptions, ReportVocabulary } from '../../../src/domain/report/report-input';
import type { WorkerAnswer, WorkerRequest } from '../../../src/ui/report/report-messages';
import { gatherer } from '../../../src/ui/report/report-messages';
import type { ReportModels, ReportRequest } from '../../../src/ui/report/report-models';
import type { ReportContent } from '../../../src/ui/report/report-vocabulary';
import { personalFixture, teamFixture } from '../domain/report/fixture-cycle';
import { TINY_LOGO_PNG } from '../tiny-logo';

// The report page builds its report in a worker (src/ui/report/report.worker.ts). What goes in and comes out
// is copied by the browser (structured clone), and the worker makes the report's words itself from the
// content: the report the page shows must still be the one the page would have built itself.

/** The worker module, run here as the browser runs it: its message handler, every message copied both ways. */
let handler: ((event: { data: WorkerRequest }) => void) | undefined;
const posted: WorkerAnswer[] = [];
const global = globalThis as unknown as Record<string, unknown>;

beforeAll(async () => {
  global.addEventListener = (type: string, listener: (event: { data: WorkerRequest }) => void) => {
    if (type === 'message') handler = listener;
  };
  global.postMessage = (message: WorkerAnswer) => posted.push(structuredClone(message));
  await import('../../../src/ui/report/report.worker');
});

afterAll(() => {
  delete global.addEventListener;
  delete global.postMessage;
});

let lastId = 0;

/** The content the report page receives from the build, here from the test vocabulary (the real content/). */
function contentOf({ framework, sections, conditions, sources }: ReportVocabulary): ReportContent {
  return {
    framework: {
      outline: [...framework.outline],
      scale: [...framework.scale],
      goodPracticeCriteria: [...framework.goodPracticeCriteria],
    },
    sections: [...sections],
    conditions: [...conditions],
    sources: [...sources],
  };
}

/** The models the worker posts for a request, gathered as the page gathers them. */
function inWorker(request: ReportRequest): ReportModels {
  const id = ++lastId;
  posted.length = 0;
  handler?.({ data: structuredClone({ id, request }) });
  const add = gatherer();
  let models: ReportModels | undefined;
  for (const answer of posted) {
    expect(answer.id).toBe(id);
    expect(models, 'nothing after the last part').toBeUndefined();
    models = add(answer);
  }
  if (!models) throw new Error('the worker did not answer in full');
  return models;
}

/** A request of the team fixture, with the centre's logo, as the report page makes it. */
function teamRequest(options: Partial<ReportOptions> = {}): {
  request: ReportRequest;
  onThePage: ReturnType<typeof buildReport>;
} {
  const { input, vocabulary } = teamFixture(options);
  const withLogo = {
    ...input,
    profile: {
      ...input.profile,
      logo: { type: 'image/png' as const, width: 8, height: 4, bytes: TINY_LOGO_PNG },
    },
  };
  return {
    request: { input: withLogo, content: contentOf(vocabulary), questionnaires: vocabulary.questionnaires },
    onThePage: buildReport(withLogo, vocabulary),
  };
}

describe('the report built in the worker', () => {
  it('is the report the page builds itself, for a full team cycle', () => {
    const { request, onThePage } = teamRequest({ includeIndividualNotes: true, includeOpenAnswers: true });
    const { model, editable } = inWorker(request);
    expect(model).toEqual(onThePage);
    expect(model?.logo).toEqual({ type: 'image/png', width: 8, height: 4 });
    // Without names hidden the editors show the report itself.
    expect(editable).toBe(model);
  });

  it('hides names in the report and keeps them for the editors, as the page did', () => {
    const { request, onThePage } = teamRequest({ anonymise: true });
    const { model, editable } = inWorker(request);
    expect(model).toEqual(onThePage);
    expect(JSON.stringify(model)).not.toContain('Ann Peeters');
    expect(editable).toEqual(teamRequest({ anonymise: false }).onThePage);
    expect(JSON.stringify(editable)).toContain('Ann Peeters');
  });

  it('is the personal report the page builds for an individual cycle', () => {
    const { input, vocabulary } = personalFixture();
    const { model } = inWorker({
      input,
      content: contentOf(vocabulary),
      questionnaires: vocabulary.questionnaires,
    });
    expect(model).toEqual(buildReport(input, vocabulary));
  });

  it('is no report when no expectation is chosen', () => {
    const { request } = teamRequest({ codes: [] });
    expect(inWorker(request)).toEqual({ model: undefined, editable: undefined });
  });
});
