import { lazyComponent } from '../lazy-module';

/**
 * A member's "Je bijdrage voor het team", with its code loaded only in a cycle opened from an invitation: the
 * overview of every other cycle never needs it.
 */
export const MemberContribution = lazyComponent(() =>
  import('../contributions/ContributionExport').then((module) => module.ContributionExport),
);
