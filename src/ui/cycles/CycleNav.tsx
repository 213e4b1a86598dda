import type { Cycle } from '../../domain/cycle';
import * as strings from '../strings';
import { appPaths } from './cycle-link';

/** The views of one cycle. */
export type CycleView =
  'overview' | 'rate' | 'evidence' | 'actions' | 'participants' | 'contributions' | 'consensus' | 'report';

/** The cycle's name and status, and links between its views; the current view is marked for screen readers. */
export function CycleNav({ cycle, current }: { cycle: Cycle; current: CycleView }) {
  const links: { view: CycleView; href: string }[] = [
    { view: 'overview', href: appPaths.overview(cycle.id) },
    { view: 'evidence', href: appPaths.evidence(cycle.id) },
    { view: 'actions', href: appPaths.actions(cycle.id) },
    ...(cycle.mode === 'team'
      ? [
          { view: 'participants' as const, href: appPaths.participants(cycle.id) },
          { view: 'contributions' as const, href: appPaths.contributions(cycle.id) },
          { view: 'consensus' as const, href: appPaths.consensus(cycle.id) },
        ]
      : []),
    { view: 'report', href: appPaths.report(cycle.id) },
  ];
  return (
    <div class="cycle-bar">
      <p class="cycle-bar__title">
        <span class="cycle-bar__name">{cycle.title}</span>{' '}
        <span class="cycle-bar__meta">
          {strings.cycles.summary(
            cycle.schoolYear,
            strings.cycles.modes[cycle.mode],
            strings.cycles.statuses[cycle.status],
          )}
        </span>
      </p>
      <nav aria-label={strings.cycleNav.label}>
        <ul class="cycle-bar__links">
          {links.map((link) => (
            <li key={link.view}>
              <a href={link.href} aria-current={link.view === current ? 'page' : undefined}>
                {strings.cycleNav[link.view]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
