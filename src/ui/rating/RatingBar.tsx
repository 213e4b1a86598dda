import { useEffect } from 'preact/hooks';
import type { MemberLink } from '../../domain/contribution/terms';
import { cycleKind } from '../../domain/cycle';
import { cycleRatings } from '../../domain/cycle-ratings';
import { allAnswered, ratingProgress } from '../../domain/dashboard';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { expectationsInScope } from '../../domain/framework/framework-summary';
import { appPaths } from '../cycles/cycle-link';
import { CycleGate } from '../cycles/CycleGate';
import type { CycleData } from '../../storage/cycle-store';
import { CONTRIBUTION_ANCHOR } from '../contributions/contribution-anchor';
import { ContributionDeadline } from '../contributions/ContributionDeadline';
import * as strings from '../strings';
import { leaveTo } from '../unsaved-edits';
import { RATING_ANCHOR } from './rating-anchor';

function ScopePager({
  cycleId,
  scope,
  code,
  framework,
  handIn,
}: {
  cycleId: string;
  scope: readonly ExpectationCode[];
  code: ExpectationCode;
  framework: FrameworkSummary;
  /** A member's invitation once everything is rated: the last expectation then leads to handing it in. */
  handIn: MemberLink | undefined;
}) {
  const inScope = expectationsInScope(framework, scope);
  const index = inScope.findIndex((e) => e.code === code);
  const previous = index > 0 ? inScope[index - 1] : undefined;
  const next = index >= 0 ? inScope[index + 1] : undefined;
  const href = (target: ExpectationCode): string => `${appPaths.rate(cycleId, target)}#${RATING_ANCHOR}`;

  // One keystroke to the neighbour: Alt+PageUp / Alt+PageDown, which no browser or screen reader claims. The
  // page goes once the last keystrokes are stored, as for a link followed.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.key === 'PageDown' ? next : event.key === 'PageUp' ? previous : undefined;
      if (!target) return;
      event.preventDefault();
      void leaveTo(href(target.code));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [previous?.code, next?.code]);

  if (index < 0) {
    return (
      <div class="notice" role="alert">
        <p>{strings.rating.outOfScope(code)}</p>
        <p>
          <a href={appPaths.overview(cycleId)}>{strings.rating.toOverview}</a>
        </p>
      </div>
    );
  }
  return (
    <nav class="rating-pager" aria-label={strings.framework.pagination}>
      <p class="rating-pager__position">{strings.rating.position(index + 1, inScope.length)}</p>
      <ul class="rating-pager__links">
        <li>
          {previous && (
            <a href={href(previous.code)} rel="prev" aria-keyshortcuts="Alt+PageUp">
              {strings.rating.previous}: <span class="code">{previous.code}</span>
            </a>
          )}
        </li>
        <li>
          {next ? (
            <a href={href(next.code)} rel="next" aria-keyshortcuts="Alt+PageDown">
              {strings.rating.next}: <span class="code">{next.code}</span>
            </a>
          ) : handIn ? (
            <a
              class="button-link button-primary"
              href={`${appPaths.overview(cycleId)}#${CONTRIBUTION_ANCHOR}`}
            >
              {strings.dashboard.nextStepLinks.deliverContribution}
            </a>
          ) : (
            <a href={appPaths.overview(cycleId)}>{strings.rating.toOverview}</a>
          )}
        </li>
      </ul>
      {!next && handIn && <ContributionDeadline terms={handIn} />}
      <p class="field__hint">{strings.rating.shortcutHint}</p>
    </nav>
  );
}

/** A member's invitation, once every expectation in scope of their cycle is answered; otherwise undefined. */
function readyToHandIn({ cycle, assessments, selfParticipantId }: CycleData): MemberLink | undefined {
  if (cycleKind(cycle) !== 'contribution') return undefined;
  const progress = ratingProgress(cycle.scope, cycleRatings(cycle, assessments, selfParticipantId));
  return allAnswered(progress) ? cycle.invitation : undefined;
}

/** The cycle's navigation and the way to the previous and next expectation in its scope. */
export default function RatingBar({
  framework,
  code,
}: {
  framework: FrameworkSummary;
  code: ExpectationCode;
}) {
  // Above the referentiekader's text: a screen-high placeholder would push the text out of view, and it would
  // jump back up once the bar is there. This one holds about the bar's own height.
  return (
    <CycleGate view="rate" pending={<div class="rating-bar-pending" />}>
      {(data) => (
        <ScopePager
          cycleId={data.cycle.id}
          scope={data.cycle.scope}
          code={code}
          framework={framework}
          handIn={readyToHandIn(data)}
        />
      )}
    </CycleGate>
  );
}
