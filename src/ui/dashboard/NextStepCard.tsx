import type { Cycle } from '../../domain/cycle';
import type { NextStep } from '../../domain/dashboard';
import { CONTRIBUTION_ANCHOR } from '../contributions/contribution-anchor';
import { ContributionDeadline } from '../contributions/ContributionDeadline';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { appPaths } from '../cycles/cycle-link';
import { RATING_ANCHOR } from '../rating/rating-anchor';
import * as strings from '../strings';

/** What to do next in this cycle, with a link that goes there; handing in a contribution says by when. */
export function NextStepCard({
  step,
  cycle,
  firstUnrated,
}: {
  step: NextStep;
  cycle: Pick<Cycle, 'id' | 'invitation'>;
  /** The first expectation in scope not rated yet, where "rate" leads. */
  firstUnrated: ExpectationCode | undefined;
}) {
  const links = strings.dashboard.nextStepLinks;
  const cycleId = cycle.id;
  const link: { href: string; label: string } | undefined =
    step === 'addParticipants'
      ? { href: appPaths.participants(cycleId), label: links.addParticipants }
      : step === 'rate' && firstUnrated
        ? {
            href: `${appPaths.rate(cycleId, firstUnrated)}#${RATING_ANCHOR}`,
            label: links.rate(firstUnrated),
          }
        : step === 'deliverContribution'
          ? { href: `#${CONTRIBUTION_ANCHOR}`, label: links.deliverContribution }
          : step === 'awaitRatings'
            ? { href: appPaths.contributions(cycleId), label: links.awaitRatings }
            : step === 'holdConsensus'
              ? { href: appPaths.consensus(cycleId), label: links.holdConsensus }
              : step === 'planActions' || step === 'followUp'
                ? { href: appPaths.actions(cycleId), label: links.planActions }
                : step === 'startNextCycle'
                  ? { href: '#next-cycle-title', label: links.startNextCycle }
                  : undefined;
  return (
    <section aria-labelledby="next-step-title" class="dashboard-section next-step">
      <h2 id="next-step-title">{strings.dashboard.nextStepTitle}</h2>
      <p>{strings.dashboard.nextSteps[step]}</p>
      {step === 'deliverContribution' && cycle.invitation && (
        <ContributionDeadline terms={cycle.invitation} />
      )}
      {link && (
        <p>
          <a class="button-link button-primary" href={link.href}>
            {link.label}
          </a>
        </p>
      )}
    </section>
  );
}
