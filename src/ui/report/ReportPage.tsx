import { useMemo, useState } from 'preact/hooks';
import { expectationsInScope } from '../../domain/framework/framework-summary';
import type { ReportModel } from '../../domain/report/report-model';
import type { CycleData } from '../../storage/cycle-store';
import { isClosed } from '../../domain/workflow';
import { getDatabase } from '../../storage/database';
import { loadReportSources } from '../../storage/report-sources';
import { CycleGate } from '../cycles/CycleGate';
import { useLiveQuery } from '../hooks/use-live-query';
import * as strings from '../strings';
import { ReportDocument } from './ReportDocument';
import { ReportDownloads } from './ReportDownloads';
import { ReportOptionsForm, type ReportChoices } from './ReportOptionsForm';
import { reportInputOf } from './report-input-of';
import type { ReportRequest } from './report-models';
import type { ReportContent } from './report-vocabulary';
import { useReportModels } from './use-report-models';
import { loadedQuestionnaires, useQuestionnaires } from '../surveys/use-questionnaires';
import { Loading } from '../loading';
import { lazyComponent } from '../lazy-module';

/**
 * The recommendations section of a model: every team report has one, as the outline is checked at build time;
 * a personal report has none, nor the regulations checklist, so it has nothing for the editors.
 */
function recommendationsOf(
  model: ReportModel,
): Extract<ReportModel['sections'][number], { id: 'recommendations' }> | undefined {
  const section = model.sections.find((candidate) => candidate.id === 'recommendations');
  return section?.id === 'recommendations' ? section : undefined;
}

/**
 * The editors, their code loaded when first opened: most readers of a report never open them, and their forms
 * and autosave were a fifth of the page's own script.
 */
const LazyEditors = lazyComponent(
  () => import('./ReportEditors').then((module) => module.ReportEditors),
  <Loading />,
);

function CycleReport({ content, data }: { content: ReportContent; data: CycleData }) {
  const { cycle } = data;
  const expectations = expectationsInScope(content.framework, cycle.scope);
  const [choices, setChoices] = useState<ReportChoices>({
    codes: undefined,
    includeIndividualNotes: false,
    anonymise: false,
    includeOpenAnswers: false,
  });
  const [editorsOpened, setEditorsOpened] = useState(false);
  // Keyed on the cycle and its evidence, not on every change to the cycle's data: re-reading on each
  // keystroke in the editors below would unmount them while the user types.
  const evidenceKey = data.evidence.map((item) => item.id).join(',');
  const sources = useLiveQuery(
    () =>
      loadReportSources(
        getDatabase(),
        cycle,
        data.evidence.map((item) => item.id),
      ),
    [cycle.id, cycle.previousCycleId, evidenceKey],
  );
  const questionnaires = useQuestionnaires(data.surveys.length > 0);
  // One request per change of what the report is made of, not per render: each is built anew in the worker.
  const request = useMemo<ReportRequest | undefined>(
    () =>
      sources.status === 'ready' && questionnaires.status === 'ready'
        ? {
            input: reportInputOf(data, sources.value, {
              codes: choices.codes ?? cycle.scope,
              includeIndividualNotes: choices.includeIndividualNotes,
              anonymise: choices.anonymise,
              includeOpenAnswers: choices.includeOpenAnswers,
            }),
            content,
            questionnaires: loadedQuestionnaires(questionnaires),
          }
        : undefined,
    [data, sources, questionnaires, choices, content],
  );
  const built = useReportModels(request);

  if (sources.status === 'loading' || questionnaires.status === 'loading') return <Loading />;
  if (sources.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  // A report without the voices the cycle asked for would be a different report: say so instead.
  if (questionnaires.status === 'error')
    return <p role="alert">{strings.report.questionnairesUnavailable}</p>;
  if (built.status === 'loading') return <Loading />;
  if (built.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  const { model, editable } = built.value;
  const { input } = built.value.request;
  const recommendations = editable && recommendationsOf(editable);

  return (
    <>
      <div class="report-controls">
        <ReportOptionsForm
          expectations={expectations}
          choices={choices}
          team={cycle.mode === 'team'}
          surveys={data.surveys.length > 0}
          onChange={setChoices}
        />
        {/* While the report is built anew for changed options, a download would still hold the old one. */}
        {model && built.value.request === request && <ReportDownloads model={model} input={input} />}
      </div>
      {recommendations && !isClosed(cycle) && (
        <details
          class="report-editors"
          // The editors hold a form per expectation and condition: made when first opened, not for every
          // reader of the report (on a large cycle a fifth of the page's first render).
          onToggle={(event) => event.currentTarget.open && setEditorsOpened(true)}
        >
          <summary>
            <h2>{strings.report.editorsTitle}</h2>
          </summary>
          <p>{strings.report.editorsIntro}</p>
          {editorsOpened && <LazyEditors data={data} content={content} recommendations={recommendations} />}
        </details>
      )}
      {model && <ReportDocument model={model} logo={input.profile.logo?.bytes} />}
    </>
  );
}

/** The report of the cycle the address names: options, downloads, and the report itself, ready to print. */
export default function ReportPage({ content }: { content: ReportContent }) {
  return <CycleGate view="report">{(data) => <CycleReport content={content} data={data} />}</CycleGate>;
}
