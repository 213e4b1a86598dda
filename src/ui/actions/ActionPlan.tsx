import { useRef, useState } from 'preact/hooks';
import type { Action } from '../../domain/action';
import { actionsLinkedTo } from '../../domain/action-plan';
import { summarizeActions } from '../../domain/dashboard';
import { isClosed } from '../../domain/workflow';
import { expectationsOf, type FrameworkSummary } from '../../domain/framework/framework-summary';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import type { CycleData } from '../../storage/cycle-store';
import { CycleGate } from '../cycles/CycleGate';
import { todayIso } from '../format';
import * as strings from '../strings';
import { ActionBoard } from './ActionBoard';
import { ActionTable } from './ActionTable';
import { NEW_ACTION_TITLE_ID, NewActionForm } from './NewActionForm';
import { paramsWithPlan, planFromParams, type PlanAddress, type PlanView } from './plan-address';
import { lazyComponent } from '../lazy-module';

const VIEWS: readonly PlanView[] = ['table', 'board'];

/**
 * The editor of one action, its code (with the record's schema its fields are checked against) loaded when it
 * first opens: reading or sorting the plan never needs it.
 */
const LazyActionEditor = lazyComponent(() => import('./ActionEditor').then((module) => module.ActionEditor));

/** The action plan of the cycle the address names: new actions, a table or a board, and the editor. */
export default function ActionPlan({ framework }: { framework: FrameworkSummary }) {
  return (
    <CycleGate view="actions">{(data) => <ActionPlanView framework={framework} data={data} />}</CycleGate>
  );
}

/** The plan of a loaded cycle; its view and filter live in the address, so a reload or a link keeps them. */
function ActionPlanView({ framework, data }: { framework: FrameworkSummary; data: CycleData }) {
  const { cycle, actions } = data;
  const expectations = expectationsOf(framework);
  // The filter offers the scope, and any expectation an action is still linked to after the scope changed.
  const offered = expectations.filter(
    (e) => cycle.scope.includes(e.code) || actions.some((action) => action.expectationCodes.includes(e.code)),
  );
  // This view renders only once the cycle is loaded, in the browser: the address can be read at once.
  const [plan, setPlan] = useState<PlanAddress>(() =>
    planFromParams(
      new URLSearchParams(window.location.search),
      offered.map((e) => e.code),
    ),
  );
  const [openId, setOpenId] = useState<string>();
  // A just-created action is shown in the editor before the live query brings it back.
  const [created, setCreated] = useState<Action>();
  const [message, setMessage] = useState('');
  const returnFocus = useRef<Element | null>(null);

  const changePlan = (next: PlanAddress): void => {
    setPlan(next);
    const params = paramsWithPlan(new URLSearchParams(window.location.search), next);
    history.replaceState(history.state, '', `${window.location.pathname}?${params.toString()}`);
  };
  const filterOn = (code: ExpectationCode | undefined): void =>
    changePlan(code ? { view: plan.view, expectation: code } : { view: plan.view });

  const open = (id: string): void => {
    returnFocus.current = document.activeElement;
    setOpenId(id);
  };
  const close = (): void => {
    setOpenId(undefined);
    const back = returnFocus.current;
    // Back to where the editor was opened from; if that is gone, to the start of a new action.
    requestAnimationFrame(() => {
      const target = back?.isConnected ? back : document.getElementById(NEW_ACTION_TITLE_ID);
      if (target instanceof HTMLElement) target.focus();
    });
  };

  const today = todayIso();
  const readOnly = isClosed(cycle);
  const shown = actionsLinkedTo(actions, plan.expectation);
  const summary = summarizeActions(shown, today);
  const openAction =
    actions.find((action) => action.id === openId) ?? (created?.id === openId ? created : undefined);

  return (
    <div class="action-plan">
      {!readOnly && (
        <NewActionForm
          cycleId={cycle.id}
          expectation={plan.expectation}
          onCreated={(action) => {
            setCreated(action);
            setMessage(strings.actions.added(action.title));
            open(action.id);
          }}
        />
      )}

      <section aria-labelledby="action-list-heading">
        <h2 id="action-list-heading">{strings.actions.listTitle}</h2>
        <div class="action-toolbar">
          <div class="field action-filter">
            <label for="action-filter">{strings.actions.filterLabel}</label>
            <select
              id="action-filter"
              value={plan.expectation ?? ''}
              onChange={(event) => filterOn((event.currentTarget.value || undefined) as ExpectationCode)}
            >
              <option value="">{strings.actions.filterAll}</option>
              {offered.map((e) => (
                <option key={e.code} value={e.code}>
                  {e.code} — {e.statement}
                </option>
              ))}
            </select>
          </div>
          <div class="field view-toggle" role="group" aria-labelledby="action-view-label">
            <span id="action-view-label" class="view-toggle__label">
              {strings.actions.viewLabel}
            </span>
            <div class="view-toggle__buttons">
              {VIEWS.map((view) => (
                <button
                  key={view}
                  type="button"
                  aria-pressed={plan.view === view}
                  onClick={() => changePlan({ ...plan, view })}
                >
                  {strings.actions.views[view]}
                </button>
              ))}
            </div>
          </div>
        </div>
        <p
          class={
            summary.overdue.length > 0
              ? 'action-plan__summary action-plan__summary--overdue'
              : 'action-plan__summary'
          }
        >
          {strings.actions.summary(summary.open.length, summary.overdue.length)}
        </p>
        <p class="action-plan__message" role="status">
          {message}
        </p>
        {shown.length === 0 ? (
          <p class="notice">
            {plan.expectation ? strings.actions.emptyFiltered(plan.expectation) : strings.actions.empty}
          </p>
        ) : plan.view === 'table' ? (
          <ActionTable actions={shown} today={today} schoolYear={cycle.schoolYear} onOpen={open} />
        ) : (
          <ActionBoard
            actions={shown}
            today={today}
            schoolYear={cycle.schoolYear}
            readOnly={readOnly}
            onOpen={open}
            announce={setMessage}
          />
        )}
      </section>

      {openAction && (
        <LazyActionEditor
          key={openAction.id}
          action={openAction}
          expectations={expectations}
          scope={cycle.scope}
          readOnly={readOnly}
          onClose={close}
          onDeleted={(title) => {
            returnFocus.current = null;
            setMessage(strings.actions.deleted(title));
            close();
          }}
        />
      )}
    </div>
  );
}
