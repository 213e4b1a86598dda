import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CycleData } from '../../storage/cycle-store';
import * as strings from '../strings';

type Section = ComponentType<{ data: CycleData }>;

/**
 * A member's "Je bijdrage voor het team", with its code loaded only in a cycle opened from an invitation: the
 * overview of every other cycle never needs it.
 */
export function MemberContribution({ data }: { data: CycleData }) {
  const [section, setSection] = useState<{ Section: Section } | 'failed'>();
  useEffect(() => {
    import('../contributions/ContributionExport').then(
      (module) => setSection({ Section: module.ContributionExport }),
      () => setSection('failed'),
    );
  }, []);
  if (section === 'failed') return <p role="alert">{strings.app.loadFailed}</p>;
  return section ? <section.Section data={data} /> : null;
}
