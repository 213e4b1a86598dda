import { CYCLE_STATUSES, PERSONAL_STATUSES, cycleKind, type Cycle, type CycleStatus } from './cycle';

/**
 * The phases the cycle's user moves it through: a team's six, a personal reflection's four. A member's
 * contribution has none: the team cycle it answers goes through them, moved by the coordinator.
 */
export function phasesOf(cycle: Pick<Cycle, 'mode' | 'invitation'>): readonly CycleStatus[] {
  const kind = cycleKind(cycle);
  return kind === 'team' ? CYCLE_STATUSES : kind === 'personal' ? PERSONAL_STATUSES : [];
}

/**
 * The phase among `phases` that a status stands in: the status itself, or else the last phase before it. A
 * personal reflection moved into bevraging or consensus before it had phases of its own is still reflecting.
 */
export function phaseOf(status: CycleStatus, phases: readonly CycleStatus[] = CYCLE_STATUSES): CycleStatus {
  const order = CYCLE_STATUSES.indexOf(status);
  return phases.findLast((phase) => CYCLE_STATUSES.indexOf(phase) <= order) ?? status;
}

/** The phase after this one (voorbereiding → bevraging → …); undefined once the cycle is closed. */
export function nextStatus(
  status: CycleStatus,
  phases: readonly CycleStatus[] = CYCLE_STATUSES,
): CycleStatus | undefined {
  const index = phases.indexOf(phaseOf(status, phases));
  return index < 0 ? undefined : phases[index + 1];
}

/** The phase before this one, to undo a move made too soon; undefined in the first phase and once closed (reopen). */
export function previousStatus(
  status: CycleStatus,
  phases: readonly CycleStatus[] = CYCLE_STATUSES,
): CycleStatus | undefined {
  const index = phases.indexOf(phaseOf(status, phases));
  return index > 0 && status !== 'closed' ? phases[index - 1] : undefined;
}

/** Whether the cycle is closed: a record that is read, not edited, until someone reopens it. */
export function isClosed(cycle: Pick<Cycle, 'status'>): boolean {
  return cycle.status === 'closed';
}

/** The cycle moved to another open phase, or closed (which records when); a closed cycle only moves by reopening. */
export function moveCycleTo(cycle: Cycle, status: CycleStatus, now: Date = new Date()): Cycle {
  if (isClosed(cycle)) throw new Error('a closed cycle moves only by reopening');
  if (status !== 'closed') return { ...cycle, status };
  return { ...cycle, status, closedAt: now.toISOString() };
}

/** The closed cycle opened again in its follow-up phase, with the reopening added to its record. */
export function reopenCycle(cycle: Cycle, now: Date = new Date()): Cycle {
  if (!isClosed(cycle)) throw new Error('only a closed cycle can be reopened');
  const { closedAt = cycle.updatedAt, ...open } = cycle;
  return {
    ...open,
    status: 'followUp',
    reopenings: [...(cycle.reopenings ?? []), { closedAt, reopenedAt: now.toISOString() }],
  };
}

/**
 * Whether a user may store `next` over the stored cycle: always while it is open; once closed, only the
 * reopening made by `reopenCycle` (one more reopening recorded, no longer closed).
 */
export function mayChangeCycle(stored: Cycle | undefined, next: Cycle): boolean {
  if (!stored || !isClosed(stored)) return true;
  return !isClosed(next) && (next.reopenings ?? []).length === (stored.reopenings ?? []).length + 1;
}
