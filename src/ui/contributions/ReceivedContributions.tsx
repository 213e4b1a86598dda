import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { ratingLabel } from '../../domain/framework/framework-summary';
import type { CycleData } from '../../storage/cycle-store';
import { formatDateTime } from '../format';
import * as strings from '../strings';

const text = strings.contributions;

/** The contributions read into the team cycle: who, in which role, from when, and their judgements. */
export function ReceivedContributions({ framework, data }: { framework: FrameworkSummary; data: CycleData }) {
  const { cycle } = data;
  const contributors = data.participants
    .filter((participant) => participant.contribution)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <section aria-labelledby="received-title" class="dashboard-section">
      <h2 id="received-title">{text.receivedTitle}</h2>
      {contributors.length === 0 ? (
        <p>{text.receivedEmpty}</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table">
            <caption>{text.receivedCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.columns.participant}</th>
                <th scope="col">{text.columns.role}</th>
                <th scope="col">{text.columns.exportedAt}</th>
                <th scope="col">{text.columns.rated}</th>
                <th scope="col">{text.columns.ratings}</th>
              </tr>
            </thead>
            <tbody>
              {contributors.map((participant) => {
                const own = new Map(
                  data.assessments
                    .filter((a) => a.participantId === participant.id)
                    .map((a) => [a.expectationCode, a.rating]),
                );
                const rated = cycle.scope.filter((code) => (own.get(code) ?? 'notRated') !== 'notRated');
                return (
                  <tr key={participant.id}>
                    <th scope="row">{participant.name}</th>
                    <td>{strings.participants.roles[participant.role]}</td>
                    <td>{participant.contribution && formatDateTime(participant.contribution.exportedAt)}</td>
                    <td>{text.rated(rated.length, cycle.scope.length)}</td>
                    <td>
                      <details>
                        <summary>{text.showRatings(participant.name)}</summary>
                        <ul>
                          {cycle.scope.map((code) => (
                            <li key={code}>
                              <span class="code">{code}</span>{' '}
                              {ratingLabel(framework, own.get(code) ?? 'notRated')}
                            </li>
                          ))}
                        </ul>
                      </details>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
