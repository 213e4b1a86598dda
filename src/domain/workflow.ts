import { CYCLE_STATUSES, type CycleStatus } from './cycle';

/** The step after this one (voorbereiding → bevraging → …); undefined once the cycle is closed. */
export function nextStatus(status: CycleStatus): CycleStatus | undefined {
  return CYCLE_STATUSES[CYCLE_STATUSES.indexOf(status) + 1];
}

/** The step before this one, to undo a move made too soon; undefined in preparation. */
export function previousStatus(status: CycleStatus): CycleStatus | undefined {
  const index = CYCLE_STATUSES.indexOf(status);
  return index > 0 ? CYCLE_STATUSES[index - 1] : undefined;
}
