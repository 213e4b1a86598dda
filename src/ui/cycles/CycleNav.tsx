import type { Cycle } from '../../domain/cycle';
import { isClosed } from '../../domain/workflow';
import { formatDateTime } from '../format';
import * as strings from '../strings';
import { appPaths } from './cycle-link';
import { cycleName, cycleSummary } from './cycle-label';

/** The views of one cycle. */
export type CycleView =
  | 'overview'
  | 'rate'
  | 'evidence'
  | 'surveys'
  | 'actions'
  | 'participants'
  | 'contributions'
  | 'consensus'
  | 'report';

/**
 * The cycle's name and status, and links between its views; the current view is marked for screen readers.
 * A closed cycle says since when, that it is read-only, and where to reopen it.
 */
export function CycleNav({ cycle, current }: { cycle: Cycle; current: CycleView }) {
  const links: { view: CycleView; href: string }[] = [
    { view: 'overview', href: appPaths.overview(cycle.id) },
    { view: 'evidence', href: appPaths.evidence(cycle.id) },
    ...(cycle.mode === 'team' ? [{ view: 'surveys' as const, href: appPaths.surveys(cycle.id) }] : []),
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
        <span class="cycle-bar__name">{cycleName(cycle)}</span>{' '}
        <span class="cycle-bar__meta">{cycleSummary(cycle)}</span>
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
      {isClosed(cycle) && (
        <div class="notice closed-notice" role="note">
          <p>
            <strong>{strings.closedCycle.closedOn(formatDateTime(cycle.closedAt ?? cycle.updatedAt))}</strong>{' '}
            {strings.closedCycle.readOnly}
          </p>
          <p>
            <a href={`${appPaths.overview(cycle.id)}#reopen-title`}>{strings.closedCycle.toReopen}</a>
          </p>
        </div>
      )}
    </div>
  );
}
