/** Below this many answers no result is ever shown, whatever a bevraging asks for. */
export const MIN_ANONYMITY_THRESHOLD = 3;

/** The threshold a bevraging gets unless the coordinator raises (or lowers, down to three) it. */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;

/**
 * The threshold that applies: the one asked for, never below three. A smaller number asked for (by a damaged
 * record or a careless caller) is raised rather than obeyed, since a result shown cannot be unshown.
 */
export function anonymityThreshold(requested: number = DEFAULT_ANONYMITY_THRESHOLD): number {
  return Number.isFinite(requested)
    ? Math.max(MIN_ANONYMITY_THRESHOLD, Math.ceil(requested))
    : DEFAULT_ANONYMITY_THRESHOLD;
}
