import { useState } from 'preact/hooks';
import type { Action } from '../../domain/action';
import {
  carriableActions,
  dueDateInSchoolYear,
  needsNewDueDate,
  nextSchoolYear,
} from '../../domain/next-cycle';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { plannedFocus } from '../../domain/quality-calendar';
import { startNextCycle, type CycleData } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { loadQualityCalendar } from '../../storage/quality-calendar-store';
import { appPaths } from '../cycles/cycle-link';
import { formatDate, todayIso } from '../format';
import { useLiveQuery } from '../hooks/use-live-query';
import { PlannedScope } from '../quality-calendar/PlannedScope';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';

const text = strings.dashboard;

/** The due date a carried action starts with: its own, or — when that has passed — the same day next year, to confirm. */
function proposedDueDate(action: Action, today: string, schoolYear: string): string | undefined {
  if (action.dueDate === undefined) return undefined;
  return needsNewDueDate(action, today) ? dueDateInSchoolYear(action.dueDate, schoolYear) : action.dueDate;
}

/** A set with one member switched on or off. */
function toggled(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/**
 * Starts next school year's cycle from this one: same scope and mode, the same people (so the team need not be
 * entered again), the open actions and the evidence the user ticks. When the kwaliteitskalender plans a focus
 * for next year, that focus is proposed as its scope instead. When next year's cycle exists already it
 * offers that one; a second is made only when the user insists, and says so.
 */
export function StartNextCycle({ data, framework }: { data: CycleData; framework: FrameworkSummary }) {
  const { cycle, successor } = data;
  const today = todayIso();
  const open = carriableActions(cycle, data.actions);
  const [actionIds, setActionIds] = useState<ReadonlySet<string>>(() => new Set(open.map((a) => a.id)));
  const [dueDates, setDueDates] = useState<Record<string, string>>({});
  const [evidenceIds, setEvidenceIds] = useState<ReadonlySet<string>>(() => new Set());
  const [evidenceListed, setEvidenceListed] = useState(false);
  const [second, setSecond] = useState(false);
  const starting = useTask();
  const schoolYear = nextSchoolYear(cycle.schoolYear);
  const calendar = useLiveQuery(() => loadQualityCalendar(getDatabase()), []);
  const [changedScope, setScope] = useState<ExpectationCode[]>();
  const planned = calendar.status === 'ready' ? plannedFocus(calendar.value, schoolYear) : [];
  const scope = changedScope ?? (planned.length > 0 ? planned : undefined);

  const start = (): Promise<void> =>
    starting.run(async () => {
      const dueDateOf = (action: Action): string | undefined =>
        dueDates[action.id] || proposedDueDate(action, today, schoolYear);
      const choice = {
        actions: new Map(open.filter((a) => actionIds.has(a.id)).map((a) => [a.id, dueDateOf(a)] as const)),
        evidence: evidenceIds,
        ...(scope ? { scope } : {}),
      };
      // Making the records parses them: zod loads when the next cycle starts, not with the dashboard.
      const [{ planNextCycle }, { createParticipant }] = await Promise.all([
        import('../../domain/next-cycle-plan'),
        import('../../domain/participant-schema'),
      ]);
      const plan = planNextCycle(cycle, data, choice);
      const copies = data.participants.map((p) => ({
        from: p.id,
        copy: createParticipant({
          cycleId: plan.cycle.id,
          name: p.name,
          role: p.role,
          anonymous: p.anonymous,
        }),
      }));
      const self = copies.find((c) => c.from === data.selfParticipantId)?.copy;
      const { cycleId, created } = await startNextCycle(
        getDatabase(),
        { ...plan, participants: copies.map((c) => c.copy), ...(self ? { self } : {}) },
        { second },
      );
      window.location.assign(appPaths.overview(cycleId));
      return created ? [] : [text.successorOpened];
    });

  const form = (
    <>
      {scope && (
        <PlannedScope framework={framework} schoolYear={schoolYear} scope={scope} onChange={setScope} />
      )}
      <fieldset class="field">
        <legend>{text.carryOverLegend}</legend>
        <p class="field__hint">{text.carryOverHint}</p>
        {open.length === 0 && <p>{text.noOpenActionsToCarry}</p>}
        {open.map((action) => {
          const proposed = proposedDueDate(action, today, schoolYear);
          return (
            <div key={action.id}>
              <label class="checkbox">
                <input
                  type="checkbox"
                  checked={actionIds.has(action.id)}
                  onChange={(event) =>
                    setActionIds(toggled(actionIds, action.id, event.currentTarget.checked))
                  }
                />
                {action.title} ({strings.actions.statuses[action.status]})
              </label>
              {actionIds.has(action.id) && action.dueDate && needsNewDueDate(action, today) && (
                <div class="field">
                  <label for={`due-${action.id}`}>{text.newDueDate(action.title)}</label>
                  <p class="field__hint" id={`due-${action.id}-hint`}>
                    {text.oldDueDate(formatDate(action.dueDate))}
                  </p>
                  <input
                    id={`due-${action.id}`}
                    type="date"
                    required
                    aria-describedby={`due-${action.id}-hint`}
                    value={dueDates[action.id] ?? proposed}
                    onInput={(event) => setDueDates({ ...dueDates, [action.id]: event.currentTarget.value })}
                  />
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      {data.evidence.length === 0 ? (
        <fieldset class="field">
          <legend>{text.carryEvidenceLegend}</legend>
          <p>{text.noEvidenceToCarry}</p>
        </fieldset>
      ) : (
        // Folded: none goes along unless chosen, and a centre's sources run into the hundreds, each a checkbox
        // the overview would otherwise make and lay out as it opens. They are made when the fold first opens.
        <details
          class="field"
          onToggle={(event) => {
            if (event.currentTarget.open) setEvidenceListed(true);
          }}
        >
          <summary>{text.carryEvidenceSummary(evidenceIds.size, data.evidence.length)}</summary>
          {evidenceListed && (
            <fieldset class="field">
              <legend>{text.carryEvidenceLegend}</legend>
              <p class="field__hint">{text.carryEvidenceHint}</p>
              {data.evidence.map((item) => (
                <label class="checkbox" key={item.id}>
                  <input
                    type="checkbox"
                    checked={evidenceIds.has(item.id)}
                    onChange={(event) =>
                      setEvidenceIds(toggled(evidenceIds, item.id, event.currentTarget.checked))
                    }
                  />
                  {item.title}
                </label>
              ))}
            </fieldset>
          )}
        </details>
      )}
      <button
        type="button"
        class={successor ? undefined : 'button-primary'}
        onClick={() => void start()}
        disabled={
          starting.state.status === 'busy' || (successor !== undefined && !second) || scope?.length === 0
        }
      >
        {successor ? text.secondCycleButton : text.nextCycleButton}
      </button>
      <TaskOutcome state={starting.state} busy={text.nextCycleBusy} />
    </>
  );

  return (
    <section aria-labelledby="next-cycle-title" class="dashboard-section">
      <h2 id="next-cycle-title" tabIndex={-1}>
        {text.nextCycleTitle}
      </h2>
      {successor ? (
        <>
          <p>{text.successorExists(successor.title, successor.schoolYear)}</p>
          <p>
            <a class="button-link button-primary" href={appPaths.overview(successor.id)}>
              {text.openSuccessor}
            </a>
          </p>
          <details>
            <summary>{text.secondSummary}</summary>
            <p>{text.secondWarning(schoolYear)}</p>
            <label class="checkbox">
              <input type="checkbox" checked={second} onChange={(e) => setSecond(e.currentTarget.checked)} />
              {text.secondConfirm(schoolYear)}
            </label>
            {form}
          </details>
        </>
      ) : (
        <>
          <p>
            {scope ? strings.qualityCalendar.nextCycleIntro(schoolYear) : text.nextCycleIntro(schoolYear)}
          </p>
          {form}
        </>
      )}
    </section>
  );
}
