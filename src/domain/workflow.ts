import { CYCLE_STATUSES, type Cycle, type CycleStatus } from './cycle';

/** The step after this one (voorbereiding → bevraging → …); undefined once the cycle is closed. */
export function nextStatus(status: CycleStatus): CycleStatus | undefined {
  return CYCLE_STATUSES[CYCLE_STATUSES.indexOf(status) + 1];
}

/** The step before this one, to undo a move made too soon; undefined in preparation and once closed (reopen). */
export function previousStatus(status: CycleStatus): CycleStatus | undefined {
  const index = CYCLE_STATUSES.indexOf(status);
  return index > 0 && status !== 'closed' ? CYCLE_STATUSES[index - 1] : undefined;
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
