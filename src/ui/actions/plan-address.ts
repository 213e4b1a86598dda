import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { EXPECTATION_PARAM, expectationFromParams } from '../cycles/cycle-link';

/** How the action plan is shown: a table, or a board with one column per status. */
export type PlanView = 'table' | 'board';

/** What the address says about the plan: the view and the expectation it is narrowed to. */
export interface PlanAddress {
  view: PlanView;
  expectation?: ExpectationCode;
}

/** The address parameter of the view; only the board is written, the table being the default. */
const VIEW_PARAM = 'weergave';
const BOARD = 'bord';

/**
 * The view and filter an address describes. Unknown values — or an expectation that is not among those the
 * plan offers — are ignored, so an old bookmark shows the whole plan rather than nothing.
 */
export function planFromParams(params: URLSearchParams, offered: readonly ExpectationCode[]): PlanAddress {
  const expectation = expectationFromParams(params, offered);
  return {
    view: params.get(VIEW_PARAM) === BOARD ? 'board' : 'table',
    ...(expectation ? { expectation } : {}),
  };
}

/** The address parameters with the view and filter written into them; every other parameter (the cycle) is kept. */
export function paramsWithPlan(params: URLSearchParams, plan: PlanAddress): URLSearchParams {
  const next = new URLSearchParams(params);
  if (plan.view === 'board') next.set(VIEW_PARAM, BOARD);
  else next.delete(VIEW_PARAM);
  if (plan.expectation) next.set(EXPECTATION_PARAM, plan.expectation);
  else next.delete(EXPECTATION_PARAM);
  return next;
}
