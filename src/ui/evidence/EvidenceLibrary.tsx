import { useState } from 'preact/hooks';
import type { Evidence } from '../../domain/evidence';
import type { Expectation } from '../../domain/framework/expectation';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { expectationsInScope, type FrameworkSummary } from '../../domain/framework/framework-summary';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import type { CycleData } from '../../storage/cycle-store';
import { isClosed } from '../../domain/workflow';
import { getDatabase } from '../../storage/database';
import { listAttachmentSummariesFor } from '../../storage/evidence-store';
import { CycleGate } from '../cycles/CycleGate';
import { expectationPath } from '../expectation-path';
import { NEW, useListEditing } from '../hooks/use-list-editing';
import { useLiveQuery } from '../hooks/use-live-query';
import * as strings from '../strings';
import { loadedQuestionnaires, useQuestionnaires } from '../surveys/use-questionnaires';
import { surveySources } from '../surveys/voice-sources';
import { VoicesSourceItem } from '../surveys/VoicesSourceItem';
import { draftOf, hasNewEvidenceDraft, newDraft } from './evidence-draft';
import {
  filterFromParams,
  matchesFilter,
  newestFirst,
  paramsWithFilter,
  type EvidenceFilter,
} from './evidence-filter';
import { EvidenceFilters } from './EvidenceFilters';
import { EvidenceItem, itemIds } from './EvidenceItem';
import { inSlices, Slice, UntilSlicesShown } from '../slices';
import { lazyComponent } from '../lazy-module';
import { Loading } from '../loading';

const ADD_BUTTON_ID = 'evidence-add';
const LIST_TITLE_ID = 'evidence-list-title';
/** Sources rendered per task: a phone screenful, few enough to stay under 50 ms on a laptop four times slower than a developer's. */
const EVIDENCE_SLICE = 5;

/** Where the referentiekader suggests sources for an expectation (our own suggestions, on its page). */
const ideasPath = (code: ExpectationCode): string => expectationPath(code, 'mogelijke-bronnen');

/** The cycle's evidence library: its sources with their files, filters, and the form to add or edit one. */
export default function EvidenceLibrary({ framework }: { framework: FrameworkSummary }) {
  return <CycleGate view="evidence">{(data) => <Library data={data} framework={framework} />}</CycleGate>;
}

/**
 * The cycle's bevragingen that pass the filters, as read-only sources: they count for triangulation like
 * evidence, but are set up and closed on their own page, not edited here.
 */
function SurveySources({
  data,
  questionnaires,
  filter,
}: {
  data: CycleData;
  questionnaires: readonly Questionnaire[];
  filter: EvidenceFilter;
}) {
  const sources = surveySources(data.surveys, questionnaires).filter((source) =>
    matchesFilter(source, filter),
  );
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="evidence-surveys-title">
      <h2 id="evidence-surveys-title">{strings.voicesPanel.sourcesTitle}</h2>
      <p class="field__hint">{strings.voicesPanel.sourcesIntro}</p>
      <ul>
        {sources.map(({ survey, voices }) => (
          <li key={survey.id}>
            <VoicesSourceItem cycleId={data.cycle.id} survey={survey} voices={voices} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The form to add or edit a source, its code (with the record's schemas it checks against) loaded when it first
 * opens: a visit to read the library, or filter it, never needs it.
 */
const LazyEvidenceForm = lazyComponent(
  () => import('./EvidenceForm').then((module) => module.EvidenceForm),
  <Loading />,
);

function Library({ data, framework }: { data: CycleData; framework: FrameworkSummary }) {
  const text = strings.evidence;
  const questionnaires = loadedQuestionnaires(useQuestionnaires(data.surveys.length > 0));
  const { cycle } = data;
  const readOnly = isClosed(cycle);
  const expectations = expectationsInScope(framework, cycle.scope);
  // Only rendered in the browser, once the cycle has loaded, so the address can be read here.
  const [filter, setFilter] = useState(() =>
    filterFromParams(new URLSearchParams(window.location.search), cycle.scope),
  );
  const { editing, announcement, announce, focus, open, close, cancel } = useListEditing({
    newDraftBegun: () => hasNewEvidenceDraft(cycle.id, newDraft(filter)),
    addButtonId: ADD_BUTTON_ID,
    editButtonId: (id) => itemIds(id).edit,
  });

  const evidenceIds = data.evidence.map((evidence) => evidence.id);
  const attachments = useLiveQuery(
    () => listAttachmentSummariesFor(getDatabase(), evidenceIds),
    [evidenceIds.join()],
  );
  const filesOf = (id: string) =>
    attachments.status === 'ready' ? attachments.value.filter((a) => a.evidenceId === id) : [];

  const all = newestFirst(data.evidence);
  const shown = all.filter((evidence) => matchesFilter(evidence, filter));
  // Hundreds of sources after a few years: the first screenfuls at once, the rest a slice per task.
  const slices = inSlices(shown, EVIDENCE_SLICE);

  const changeFilter = (next: EvidenceFilter): void => {
    setFilter(next);
    const params = paramsWithFilter(new URLSearchParams(window.location.search), next);
    history.replaceState(history.state, '', `${window.location.pathname}?${params.toString()}`);
  };
  const onSaved = (evidence: Evidence): void => {
    const visible = matchesFilter(evidence, filter);
    announce(visible ? text.saved(evidence.title) : text.savedOutsideFilter(evidence.title));
    // A new source is often one of several: focus goes where the next is added. An edited one keeps focus.
    close(editing !== NEW && visible ? itemIds(evidence.id).title : ADD_BUTTON_ID);
  };
  const onDeleted = (evidence: Evidence): void => {
    announce(strings.evidenceItem.deleted(evidence.title));
    // With the last source goes the list and its heading; the button to add one stays.
    focus(all.length > 1 ? LIST_TITLE_ID : ADD_BUTTON_ID);
  };

  const form = (existing: Evidence | undefined) => (
    <LazyEvidenceForm
      cycleId={cycle.id}
      expectations={expectations}
      initial={existing ? draftOf(existing) : newDraft(filter)}
      existing={existing}
      storedAttachments={existing ? filesOf(existing.id) : []}
      heading={existing ? 'h3' : 'h2'}
      onSaved={onSaved}
      onCancel={cancel}
    />
  );

  return (
    <div class="evidence-library">
      <p class="edit-list-announcement" role="status">
        {announcement}
      </p>
      {editing === NEW ? (
        form(undefined)
      ) : readOnly ? null : (
        <p>
          <button type="button" id={ADD_BUTTON_ID} class="button-primary" onClick={() => open(NEW)}>
            {filter.expectation ? text.addFor(filter.expectation) : text.add}
          </button>
        </p>
      )}
      {all.length === 0 ? (
        <EmptyLibrary expectations={expectations} />
      ) : (
        <section aria-labelledby={LIST_TITLE_ID}>
          <h2 id={LIST_TITLE_ID} tabIndex={-1}>
            {text.listTitle}
          </h2>
          <EvidenceFilters
            expectations={expectations}
            filter={filter}
            shown={shown.length}
            total={all.length}
            onChange={changeFilter}
          />
          {filter.expectation && (
            <p>
              <a href={ideasPath(filter.expectation)}>{text.ideasFor(filter.expectation)}</a>
            </p>
          )}
          {shown.length === 0 ? (
            <p>{text.noMatch}</p>
          ) : (
            <ul class="edit-list evidence-library__list">
              {slices.map((slice, index) => (
                <Slice key={index} now={index === 0}>
                  {slice.map((evidence) => (
                    <li key={evidence.id}>
                      {editing === evidence.id ? (
                        form(evidence)
                      ) : (
                        <EvidenceItem
                          evidence={evidence}
                          attachments={filesOf(evidence.id)}
                          readOnly={readOnly}
                          onEdit={() => open(evidence.id)}
                          onDeleted={() => onDeleted(evidence)}
                        />
                      )}
                    </li>
                  ))}
                </Slice>
              ))}
            </ul>
          )}
          {slices.length > 1 && (
            <UntilSlicesShown>
              <p role="status" class="muted">
                {text.loadingMore}
              </p>
            </UntilSlicesShown>
          )}
        </section>
      )}
      <SurveySources data={data} questionnaires={questionnaires} filter={filter} />
    </div>
  );
}

/** What evidence is for, and where to find ideas, before the first source is added. */
function EmptyLibrary({ expectations }: { expectations: readonly Expectation[] }) {
  const text = strings.evidence;
  return (
    <div class="notice evidence-library__empty">
      <p>
        <strong>{text.empty}</strong>
      </p>
      <p>{text.emptyWhy}</p>
      <p id="evidence-ideas">{text.ideas}</p>
      <ul class="evidence-library__ideas" aria-labelledby="evidence-ideas">
        {expectations.map((expectation) => (
          <li key={expectation.code}>
            <a href={ideasPath(expectation.code)}>
              {expectation.code}
              <span class="visually-hidden"> — {expectation.statement}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
