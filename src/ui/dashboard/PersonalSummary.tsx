import type { RatingsByExpectation } from '../../domain/cycle-ratings';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { expectationsInScope, ratingLabel } from '../../domain/framework/framework-summary';
import * as strings from '../strings';

/** An individual reflection's summary: per expectation the level, strengths and points to develop noted. */
export function PersonalSummary({
  framework,
  scope,
  ratings,
}: {
  framework: FrameworkSummary;
  scope: readonly ExpectationCode[];
  ratings: RatingsByExpectation;
}) {
  const text = strings.dashboard;
  return (
    <section aria-labelledby="summary-title" class="dashboard-section">
      <h2 id="summary-title">{text.summaryTitle}</h2>
      <p>{text.summaryIntro}</p>
      {expectationsInScope(framework, scope).map((expectation) => {
        const assessment = ratings.get(expectation.code);
        return (
          <article
            key={expectation.code}
            class="summary-entry"
            aria-labelledby={`summary-${expectation.code}`}
          >
            <h3 id={`summary-${expectation.code}`}>
              <span class="code">{expectation.code}</span>{' '}
              {ratingLabel(framework, assessment?.rating ?? 'notRated')}
            </h3>
            <dl>
              <dt>{text.summaryStrengths}</dt>
              <dd class="prewrap">{assessment?.strengths.trim() || text.summaryEmpty}</dd>
              <dt>{text.summaryPointsToDevelop}</dt>
              <dd class="prewrap">{assessment?.pointsToDevelop.trim() || text.summaryEmpty}</dd>
            </dl>
          </article>
        );
      })}
    </section>
  );
}
