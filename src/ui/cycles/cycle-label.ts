import { cycleKind, type Cycle, type CycleStatus } from '../../domain/cycle';
import { phaseOf, phasesOf } from '../../domain/workflow';
import * as strings from '../strings';

type LabelledCycle = Pick<Cycle, 'title' | 'schoolYear' | 'mode' | 'status' | 'invitation'>;

/** A phase's name as the cycle's user knows it: a personal reflection's phases have names of their own. */
export function phaseLabel(cycle: Pick<Cycle, 'mode' | 'invitation'>, status: CycleStatus): string {
  if (cycleKind(cycle) !== 'personal') return strings.cycles.statuses[status];
  const personal: Partial<Record<CycleStatus, string>> = strings.cycles.personalStatuses;
  return personal[phaseOf(status, phasesOf(cycle))] ?? strings.cycles.statuses[status];
}

/** The name a cycle is shown under: a member's cycle is their contribution to the team cycle it is named after. */
export function cycleName(cycle: LabelledCycle): string {
  return cycleKind(cycle) === 'contribution' ? strings.cycles.contributionName(cycle.title) : cycle.title;
}

/** The line under a cycle's name: school year, kind and phase; a member's cycle has no phase of its own. */
export function cycleSummary(cycle: LabelledCycle): string {
  if (cycleKind(cycle) === 'contribution') return strings.cycles.contributionSummary(cycle.schoolYear);
  return strings.cycles.summary(
    cycle.schoolYear,
    strings.cycles.modes[cycle.mode],
    phaseLabel(cycle, cycle.status),
  );
}
