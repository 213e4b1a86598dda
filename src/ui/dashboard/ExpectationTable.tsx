import { useId } from 'preact/hooks';
import type { RatingsByExpectation } from '../../domain/cycle-ratings';
import type { Action } from '../../domain/action';
import type { EvidenceCoverage } from '../../domain/dashboard';
import { isOpenAction } from '../../domain/dashboard';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { expectationsInScope, ratingLabel } from '../../domain/framework/framework-summary';
import { RATING_COLOURS } from '../charts/rating-colours';
import { appPaths } from '../cycles/cycle-link';
import { RATING_ANCHOR } from '../rating/rating-anchor';
import * as strings from '../strings';
import { TableScroll } from '../table-scroll';

/**
 * Every expectation in scope with its rating, the evidence behind it and its open actions; for a team also
 * whose voices the evidence carries (beside a team's ratings, one person's reflection does without).
 */
export function ExpectationTable({
  framework,
  cycleId,
  scope,
  ratings,
  coverage,
  actions,
  showVoices,
}: {
  framework: FrameworkSummary;
  cycleId: string;
  scope: readonly ExpectationCode[];
  ratings: RatingsByExpectation;
  coverage: readonly EvidenceCoverage[];
  actions: readonly Action[];
  showVoices: boolean;
}) {
  const captionId = useId();
  return (
    <section aria-labelledby="expectations-title" class="dashboard-section">
      <h2 id="expectations-title">{strings.dashboard.expectationsTitle}</h2>
      <TableScroll captionId={captionId}>
        <table class="data-table expectation-table">
          <caption id={captionId}>{strings.dashboard.expectationsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.dashboard.codeColumn}</th>
              <th scope="col">{strings.dashboard.ratingColumn}</th>
              <th scope="col">{strings.dashboard.evidenceColumn}</th>
              {showVoices && <th scope="col">{strings.dashboard.voicesColumn}</th>}
              <th scope="col">{strings.dashboard.actionsColumn}</th>
            </tr>
          </thead>
          <tbody>
            {expectationsInScope(framework, scope).map((expectation) => {
              const rating = ratings.get(expectation.code)?.rating ?? 'notRated';
              const covered = coverage.find((c) => c.code === expectation.code);
              const open = actions.filter(
                (a) => isOpenAction(a) && a.expectationCodes.includes(expectation.code),
              ).length;
              return (
                <tr key={expectation.code}>
                  <th scope="row">
                    <a href={`${appPaths.rate(cycleId, expectation.code)}#${RATING_ANCHOR}`}>
                      <span class="visually-hidden">{strings.dashboard.rateLink(expectation.code)}: </span>
                      <span aria-hidden="true" class="code">
                        {expectation.code}
                      </span>
                    </a>{' '}
                    <span class="expectation-table__statement">{expectation.statement}</span>
                  </th>
                  <td>
                    <span class="swatch" style={{ background: RATING_COLOURS[rating] }} aria-hidden="true" />
                    {ratingLabel(framework, rating)}
                  </td>
                  <td>
                    {covered?.evidenceCount ?? 0}
                    {covered?.hint && (
                      <span class="hint-badge"> ({strings.dashboard.coverageHints[covered.hint]})</span>
                    )}
                  </td>
                  {showVoices && <td>{covered?.voices.map((voice) => strings.voices[voice]).join(', ')}</td>}
                  <td>{open}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
