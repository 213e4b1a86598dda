import type { CycleData } from '../../storage/cycle-store';
import { useLazyModule } from '../lazy-module';
import * as strings from '../strings';

/**
 * A member's "Je bijdrage voor het team", with its code loaded only in a cycle opened from an invitation: the
 * overview of every other cycle never needs it.
 */
export function MemberContribution({ data }: { data: CycleData }) {
  const module = useLazyModule(() => import('../contributions/ContributionExport'));
  if (module === 'failed') return <p role="alert">{strings.app.loadFailed}</p>;
  return module ? <module.ContributionExport data={data} /> : null;
}
