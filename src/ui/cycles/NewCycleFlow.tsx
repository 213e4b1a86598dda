import { useEffect, useRef, useState } from 'preact/hooks';
import { schoolYearOf, type CycleMode } from '../../domain/cycle';
import { createCycle } from '../../domain/cycle-schema';
import { SchoolYearSchema } from '../../domain/cycle-schema';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { expectationsOf } from '../../domain/framework/framework-summary';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../domain/participant';
import { createParticipant } from '../../domain/participant-schema';
import { plannedFocus } from '../../domain/quality-calendar';
import { createCycleRecords } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { loadQualityCalendar } from '../../storage/quality-calendar-store';
import { useLiveQuery } from '../hooks/use-live-query';
import { ErrorSummary, FieldError, invalidProps } from '../error-summary';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';
import { appPaths } from './cycle-link';
import { ExpectationChecklist } from './ExpectationChecklist';
import { Loading } from '../loading';

/** What the user has filled in so far; kept in localStorage so a closed tab does not lose it. */
interface Draft {
  title: string;
  schoolYear: string;
  startDate: string;
  endDate: string;
  focus: boolean;
  scope: ExpectationCode[];
  mode: CycleMode;
  name: string;
  role: ParticipantRole;
  /** The school year whose planned focus from the kwaliteitskalender was proposed as the scope, if any. */
  proposedFor: string;
}

const DRAFT_KEY = 'leersteunspiegel:nieuwe-cyclus';
const STEP_COUNT = 3;
type Errors = Partial<Record<'title' | 'schoolYear' | 'endDate' | 'scope' | 'name', string>>;

function freshDraft(): Draft {
  const schoolYear = schoolYearOf(new Date());
  return {
    title: strings.newCycle.defaultTitle(schoolYear),
    schoolYear,
    startDate: '',
    endDate: '',
    focus: false,
    scope: [],
    mode: 'team',
    name: '',
    role: 'coordinator',
    proposedFor: '',
  };
}

function readDraft(): Draft {
  try {
    const stored = localStorage.getItem(DRAFT_KEY);
    return stored ? { ...freshDraft(), ...(JSON.parse(stored) as Partial<Draft>) } : freshDraft();
  } catch {
    // A private window or a damaged entry: start afresh rather than fail.
    return freshDraft();
  }
}

/** The problems on one step; empty when the user may go on. */
function errorsOf(draft: Draft, step: number): Errors {
  const errors: Errors = {};
  const e = strings.newCycle.errors;
  if (step === 1) {
    if (!draft.title.trim()) errors.title = e.title;
    if (!SchoolYearSchema.safeParse(draft.schoolYear.trim()).success) errors.schoolYear = e.schoolYear;
    if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) errors.endDate = e.period;
  }
  if (step === 2 && draft.focus && draft.scope.length === 0) errors.scope = e.focus;
  if (step === 3 && !draft.name.trim()) errors.name = e.name;
  return errors;
}

/**
 * Starts a cycle in three short steps — what, which expectations, with whom — each step its own history
 * entry, so the browser's back button returns to the previous step instead of leaving the flow.
 */
export default function NewCycleFlow({ framework }: { framework: FrameworkSummary }) {
  const [draft, setDraft] = useState<Draft>();
  const [step, setStep] = useState(1);
  const [errors, setErrors] = useState<Errors>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const creating = useTask();
  const calendar = useLiveQuery(() => loadQualityCalendar(getDatabase()), []);

  useEffect(() => {
    setDraft(readDraft());
    // After a reload the address still holds the step the user was on.
    const stored = (history.state as { step?: number } | null)?.step;
    if (stored) setStep(stored);
    else history.replaceState({ step: 1 }, '');
    const onPop = (event: PopStateEvent): void => {
      const state = event.state as { step?: number } | null;
      setStep(state?.step ?? 1);
      setErrors({});
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (draft) heading.current?.focus();
  }, [step]);

  if (!draft) return <Loading />;

  const update = (change: Partial<Draft>): void => {
    const next = { ...draft, ...change };
    setDraft(next);
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(next));
    } catch {
      // Without localStorage the flow still works; only a closed tab would lose the draft.
    }
  };

  /**
   * Proposes the kwaliteitskalender's focus for the school year as the scope, once per school year: going back
   * and on again keeps what the user changed since.
   */
  const proposePlannedFocus = (): void => {
    const schoolYear = draft.schoolYear.trim();
    const planned = calendar.status === 'ready' ? plannedFocus(calendar.value, schoolYear) : [];
    if (planned.length > 0 && draft.proposedFor !== schoolYear)
      update({ focus: true, scope: planned, proposedFor: schoolYear });
  };

  const submit = (event: Event): void => {
    event.preventDefault();
    const found = errorsOf(draft, step);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (step < STEP_COUNT) {
      if (step === 1) proposePlannedFocus();
      history.pushState({ step: step + 1 }, '');
      setStep(step + 1);
      return;
    }
    void creating.run(async () => {
      const cycle = createCycle({
        title: draft.title.trim(),
        schoolYear: draft.schoolYear.trim(),
        mode: draft.mode,
        ...(draft.focus ? { scope: draft.scope } : {}),
        ...(draft.startDate ? { startDate: draft.startDate } : {}),
        ...(draft.endDate ? { endDate: draft.endDate } : {}),
      });
      const self = createParticipant({
        cycleId: cycle.id,
        name: draft.name.trim(),
        role: draft.mode === 'individual' ? 'supportStaff' : draft.role,
      });
      await createCycleRecords(getDatabase(), { cycle, participants: [self], self });
      localStorage.removeItem(DRAFT_KEY);
      window.location.assign(appPaths.overview(cycle.id));
      return [];
    });
  };

  const fieldId = (field: keyof Errors): string => `new-cycle-${field}`;
  const invalid = (field: keyof Errors) => invalidProps(`${fieldId(field)}-error`, errors[field]);
  const fieldError = (field: keyof Errors) => (
    <FieldError id={`${fieldId(field)}-error`} message={errors[field]} />
  );

  return (
    <form class="app-form" onSubmit={submit} noValidate>
      <h2 ref={heading} tabIndex={-1}>
        {strings.newCycle.stepLabel(step, STEP_COUNT, strings.newCycle.steps[step - 1] ?? '')}
      </h2>
      <ErrorSummary
        id="new-cycle-errors"
        title={strings.newCycle.errorSummary}
        problems={(Object.entries(errors) as [keyof Errors, string][]).map(([field, message]) => ({
          fieldId: fieldId(field),
          message,
        }))}
      />

      {step === 1 && (
        <>
          <div class="field">
            <label for="new-cycle-title">{strings.newCycle.titleLabel}</label>
            <p class="field__hint">{strings.newCycle.titleHint}</p>
            {fieldError('title')}
            <input
              id="new-cycle-title"
              type="text"
              value={draft.title}
              onInput={(event) => update({ title: event.currentTarget.value })}
              {...invalid('title')}
            />
          </div>
          <div class="field">
            <label for="new-cycle-schoolYear">{strings.newCycle.schoolYearLabel}</label>
            <p class="field__hint">{strings.newCycle.schoolYearHint}</p>
            {fieldError('schoolYear')}
            <input
              id="new-cycle-schoolYear"
              type="text"
              inputMode="numeric"
              value={draft.schoolYear}
              onInput={(event) => update({ schoolYear: event.currentTarget.value })}
              {...invalid('schoolYear')}
            />
          </div>
          <div class="field">
            <label for="new-cycle-startDate">{strings.newCycle.startLabel}</label>
            <input
              id="new-cycle-startDate"
              type="date"
              value={draft.startDate}
              onInput={(event) => update({ startDate: event.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="new-cycle-endDate">{strings.newCycle.endLabel}</label>
            {fieldError('endDate')}
            <input
              id="new-cycle-endDate"
              type="date"
              value={draft.endDate}
              onInput={(event) => update({ endDate: event.currentTarget.value })}
              {...invalid('endDate')}
            />
          </div>
        </>
      )}

      {step === 2 && (
        <>
          <fieldset class="field">
            <legend>{strings.newCycle.scopeLegend}</legend>
            {([false, true] as const).map((focus) => (
              <label class="radio" key={String(focus)}>
                <input
                  type="radio"
                  name="scope"
                  checked={draft.focus === focus}
                  onChange={() => update({ focus })}
                />
                {focus ? strings.newCycle.scopeFocus : strings.newCycle.scopeAll}
              </label>
            ))}
          </fieldset>
          {draft.proposedFor !== '' && draft.proposedFor === draft.schoolYear.trim() && (
            <p class="notice">{strings.qualityCalendar.proposed(draft.proposedFor)}</p>
          )}
          {draft.focus && (
            <ExpectationChecklist
              id="new-cycle-scope"
              legend={strings.newCycle.focusLegend}
              expectations={expectationsOf(framework)}
              selected={draft.scope}
              error={fieldError('scope')}
              onChange={(scope) => update({ scope })}
            />
          )}
        </>
      )}

      {step === 3 && (
        <>
          <fieldset class="field">
            <legend>{strings.newCycle.modeLegend}</legend>
            {(['team', 'individual'] as const).map((mode) => (
              <label class="radio" key={mode}>
                <input
                  type="radio"
                  name="mode"
                  checked={draft.mode === mode}
                  onChange={() => update({ mode })}
                />
                <span>
                  <strong>{strings.cycles.modes[mode]}</strong>
                  <span class="radio__description">{strings.cycles.modeDescriptions[mode]}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset class="field">
            <legend>{strings.newCycle.youLegend}</legend>
            <p class="field__hint">{strings.newCycle.youHint[draft.mode]}</p>
            <div class="field">
              <label for="new-cycle-name">{strings.newCycle.nameLabel}</label>
              {fieldError('name')}
              <input
                id="new-cycle-name"
                type="text"
                autoComplete="name"
                value={draft.name}
                onInput={(event) => update({ name: event.currentTarget.value })}
                {...invalid('name')}
              />
            </div>
            {draft.mode === 'team' && (
              <div class="field">
                <label for="new-cycle-role">{strings.newCycle.roleLabel}</label>
                <select
                  id="new-cycle-role"
                  value={draft.role}
                  onChange={(event) => update({ role: event.currentTarget.value as ParticipantRole })}
                >
                  {PARTICIPANT_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {strings.participants.roles[role]}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </fieldset>
        </>
      )}

      <p class="button-row">
        {step > 1 && (
          <button type="button" onClick={() => history.back()}>
            {strings.newCycle.previous}
          </button>
        )}
        <button type="submit" class="button-primary" disabled={creating.state.status === 'busy'}>
          {step < STEP_COUNT ? strings.newCycle.next : strings.newCycle.create}
        </button>
      </p>
      <TaskOutcome state={creating.state} busy={strings.newCycle.creating} />
    </form>
  );
}
