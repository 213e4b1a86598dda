import { useEffect, useState } from 'preact/hooks';
import { CONDITION_STATUSES, type ConditionCheck, type ConditionStatus } from '../../domain/condition-check';
import { createConditionCheck } from '../../domain/condition-check-schema';
import type { Evidence } from '../../domain/evidence';
import type { Source } from '../../domain/framework/source';
import { exportLabels } from '../../exports/labels';
import type { OperatingCondition } from '../../domain/report/report-input';
import { saveUserRecord } from '../data/save';
import { draftKey } from '../drafts/draft-store';
import { useAutosave } from '../hooks/use-autosave';
import { SaveStatus } from '../save-status';
import * as strings from '../strings';

const text = strings.report;

/** The team's check of one condition: status, note and evidence, saved as it changes. */
function ConditionCheckFields({
  cycleId,
  condition,
  source,
  stored,
  evidence,
}: {
  cycleId: string;
  condition: OperatingCondition;
  /** Where the condition comes from, in words. */
  source: string;
  stored: ConditionCheck | undefined;
  evidence: readonly Evidence[];
}) {
  const [blank] = useState(() => createConditionCheck({ cycleId, conditionId: condition.id }));
  const autosave = useAutosave(
    async (next: ConditionCheck) => {
      await saveUserRecord('conditionChecks', next);
    },
    { key: draftKey('werking', cycleId, condition.id), shape: stored ?? blank },
  );
  const [check, setCheck] = useState<ConditionCheck>(() => autosave.recovered ?? stored ?? blank);
  useEffect(() => {
    if (stored && !autosave.hasUnsaved()) setCheck(stored);
  }, [stored]);
  const update = (change: Partial<ConditionCheck>): void => {
    const next = { ...check, ...change };
    setCheck(next);
    autosave.changed(next);
  };
  const id = `condition-${condition.id}`;
  return (
    <fieldset class="field condition-check" aria-describedby={`${id}-description ${id}-source`}>
      <legend>{condition.title}</legend>
      <p class="field__hint" id={`${id}-description`}>
        <span class="badge badge--ours">{exportLabels.ourSummary}</span> {condition.description}
      </p>
      <p class="field__hint" id={`${id}-source`}>
        {source}
      </p>
      <div class="field">
        <label for={`${id}-status`}>{text.conditionStatusLabel}</label>
        <select
          id={`${id}-status`}
          value={check.status}
          onChange={(event) => update({ status: event.currentTarget.value as ConditionStatus })}
        >
          {CONDITION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {strings.reportLabels.conditionStatuses[status]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-note`}>{text.conditionNoteLabel}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          value={check.note}
          onInput={(event) => update({ note: event.currentTarget.value })}
        />
      </div>
      <fieldset class="field">
        <legend>{text.conditionEvidenceLegend}</legend>
        {evidence.length === 0 && <p class="field__hint">{text.conditionNoEvidence}</p>}
        {evidence.map((item) => (
          <label class="checkbox" key={item.id}>
            <input
              type="checkbox"
              checked={check.evidenceIds.includes(item.id)}
              onChange={(event) =>
                update({
                  evidenceIds: event.currentTarget.checked
                    ? [...check.evidenceIds, item.id]
                    : check.evidenceIds.filter((evidenceId) => evidenceId !== item.id),
                })
              }
            />
            {item.title}
          </label>
        ))}
      </fieldset>
      <SaveStatus state={autosave.state} />
    </fieldset>
  );
}

/** The checklist of "Werking en regelgeving", for the team to fill in. */
export function ConditionChecksEditor({
  cycleId,
  conditions,
  sources,
  stored,
  evidence,
}: {
  cycleId: string;
  conditions: readonly OperatingCondition[];
  /** The sources the conditions cite. */
  sources: readonly Pick<Source, 'id' | 'title'>[];
  stored: readonly ConditionCheck[];
  evidence: readonly Evidence[];
}) {
  return (
    <section aria-labelledby="conditions-editor-title">
      <h3 id="conditions-editor-title">{text.conditionsEditorTitle}</h3>
      <p class="field__hint">{text.conditionsEditorIntro}</p>
      {conditions.map((condition) => (
        <ConditionCheckFields
          key={condition.id}
          cycleId={cycleId}
          condition={condition}
          source={strings.reportLabels.conditionSource(
            sources.find((source) => source.id === condition.source)?.title ?? condition.source,
            condition.reference,
          )}
          stored={stored.find((check) => check.conditionId === condition.id)}
          evidence={evidence}
        />
      ))}
    </section>
  );
}
