import { useId } from 'preact/hooks';
import type { ExpectationAggregate } from '../../domain/aggregation';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { ratingLabel } from '../../domain/framework/framework-summary';
import { RATING_ORDER } from '../charts/rating-colours';
import * as strings from '../strings';
import { spreadWords } from './spread-words';
import { TableScroll } from '../table-scroll';

const text = strings.consensus;

/**
 * How the participants rated one expectation: the count of every answer, the median and spread, and — where
 * a role has enough respondents to keep each one's rating private — the same per role.
 */
export function RatingSpread({
  framework,
  aggregate,
}: {
  framework: FrameworkSummary;
  aggregate: ExpectationAggregate;
}) {
  const { code, byRole, hiddenRoles } = aggregate;
  const captionId = useId();
  const roles = strings.participants.roles;
  return (
    <section aria-labelledby="spread-title">
      <h3 id="spread-title">{text.spreadTitle}</h3>
      <p class="spread-summary">{spreadWords(aggregate)}</p>
      <table class="data-table" id="spread-table">
        <caption>{text.spreadCaption(code)}</caption>
        <thead>
          <tr>
            <th scope="col">{text.answerColumn}</th>
            <th scope="col">{text.countColumn}</th>
          </tr>
        </thead>
        <tbody>
          {RATING_ORDER.map((rating) => (
            <tr key={rating}>
              <th scope="row">{ratingLabel(framework, rating)}</th>
              <td>{aggregate.counts[rating]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(byRole.length > 0 || hiddenRoles.length > 0) && <h4>{text.rolesTitle}</h4>}
      {byRole.length > 0 && (
        <TableScroll captionId={captionId}>
          <table class="data-table">
            <caption id={captionId}>{text.rolesCaption(code)}</caption>
            <thead>
              <tr>
                <th scope="col">{text.roleColumn}</th>
                <th scope="col">{text.respondentsColumn}</th>
                <th scope="col">{text.medianColumn}</th>
              </tr>
            </thead>
            <tbody>
              {byRole.map((role) => (
                <tr key={role.role}>
                  <th scope="row">{roles[role.role]}</th>
                  <td>{role.respondents}</td>
                  <td>{role.median === undefined ? '' : text.levelValue(role.median)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {hiddenRoles.length > 0 && (
        <p class="field__hint">{text.rolesHidden(hiddenRoles.map((role) => roles[role]).join(', '))}</p>
      )}
    </section>
  );
}
