import { firstOpen, type ConsensusOverview } from '../../domain/consensus/consensus-overview';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { expectationsOf, ratingLabel } from '../../domain/framework/framework-summary';
import { appPaths } from '../cycles/cycle-link';
import * as strings from '../strings';
import { ConsensusStatus } from './ConsensusStatus';
import { DisagreementChart } from './DisagreementChart';
import { DistributionChart } from './DistributionChart';
import { spreadWords } from './spread-words';
import { Slice, UntilSlicesShown } from '../slices';

const text = strings.consensus;

/** The consensus meeting at a glance: how far the team is, the bespreekpunten in order, and two charts. */
export function ConsensusAgenda({
  framework,
  cycleId,
  overview,
}: {
  framework: FrameworkSummary;
  cycleId: string;
  overview: ConsensusOverview;
}) {
  const statements = new Map(expectationsOf(framework).map((e) => [e.code, e.statement]));
  const open = firstOpen(overview.items);
  return (
    <>
      <section aria-labelledby="consensus-progress-title" class="dashboard-section">
        <h2 id="consensus-progress-title" class="visually-hidden">
          {strings.dashboard.progressTitle}
        </h2>
        <p>
          <label for="consensus-progress">{strings.consensusProgress(overview.agreed, overview.total)}</label>
          <progress id="consensus-progress" max={overview.total} value={overview.agreed} />
        </p>
        {!overview.hasAnswers && (
          <p class="notice" role="status">
            {text.noAnswers}
          </p>
        )}
        <p>
          {open ? (
            <a class="button-link button-primary" href={appPaths.consensus(cycleId, open.aggregate.code)}>
              {text.startOpen(open.aggregate.code)}
            </a>
          ) : (
            text.allAgreed
          )}
        </p>
      </section>
      <section aria-labelledby="agenda-title" class="dashboard-section">
        <h2 id="agenda-title">{text.agendaTitle}</h2>
        <p>{text.agendaIntro}</p>
        <ol class="agenda">
          {overview.items.map((item) => {
            const { code } = item.aggregate;
            return (
              <li key={code} class="agenda__item">
                <a class="agenda__link" href={appPaths.consensus(cycleId, code)}>
                  <span class="code">{code}</span> {statements.get(code)}
                </a>
                <p class="agenda__reason">{text.reasons[item.reason]}</p>
                <p class="agenda__spread">{spreadWords(item.aggregate)}</p>
                <ConsensusStatus
                  agreedLabel={
                    item.agreed ? ratingLabel(framework, item.consensus?.rating ?? 'notRated') : undefined
                  }
                />
              </li>
            );
          })}
        </ol>
      </section>
      {/* The charts and their tables are below the agenda: they render in a task of their own. */}
      {overview.hasAnswers && (
        <Slice now={false}>
          <section aria-labelledby="consensus-charts-title" class="dashboard-section">
            <h2 id="consensus-charts-title">{text.chartsTitle}</h2>
            <DistributionChart framework={framework} items={overview.items} />
            <DisagreementChart items={overview.items} />
          </section>
        </Slice>
      )}
      <UntilSlicesShown>
        <div class="slices-pending" />
      </UntilSlicesShown>
    </>
  );
}
