import { useId, useState } from 'preact/hooks';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { ratingLabel } from '../../domain/framework/framework-summary';
import type { Participant } from '../../domain/participant';
import type { CycleData } from '../../storage/cycle-store';
import { formatDate, formatDateTime } from '../format';
import * as strings from '../strings';
import { TableScroll } from '../table-scroll';

const text = strings.contributions;

/**
 * The one anonymous contribution among named ones, if that is how it stands: whoever knows who has not
 * answered by name could work out whose it is, so it is counted but not shown apart.
 */
function identifiableAnonymous(participants: readonly Participant[]): Participant | undefined {
  const contributors = participants.filter((p) => p.contribution);
  const anonymous = contributors.filter((p) => p.anonymous);
  return anonymous.length === 1 && contributors.length > 1 ? anonymous[0] : undefined;
}

/** Who has not answered yet, and a reminder to copy into a mail or a Smartschool message. */
function Reminder({ data, waiting }: { data: CycleData; waiting: readonly Participant[] }) {
  const [copied, setCopied] = useState<'copied' | 'failed'>();
  const { cycle } = data;
  const message = text.reminder(
    cycle.title,
    cycle.contributionDeadline && formatDate(cycle.contributionDeadline),
  );
  const copy = (): void => {
    // The clipboard exists only on https or localhost; elsewhere the text stays there to select by hand.
    if (!('clipboard' in navigator)) return setCopied('failed');
    navigator.clipboard.writeText(message).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };
  return (
    <>
      <h3>{text.reminderTitle}</h3>
      <p>
        {waiting.length === 0
          ? text.everyoneAnswered
          : text.waitingFor(waiting.map((p) => p.name).join(', '))}
      </p>
      {waiting.length > 0 && (
        <div class="field">
          <label for="reminder-text">{text.reminderLabel}</label>
          <textarea id="reminder-text" rows={7} readOnly value={message} />
          <p>
            <button type="button" onClick={copy}>
              {text.copy}
            </button>
          </p>
          <p role="status">{copied && (copied === 'copied' ? text.copied : text.copyFailed)}</p>
        </div>
      )}
    </>
  );
}

/**
 * Who has answered, per participant in the cycle's order: how they were invited (personal or open), their
 * contribution (when it was read in, which version) or not yet, and their judgements; then a reminder.
 */
export function ReceivedContributions({ framework, data }: { framework: FrameworkSummary; data: CycleData }) {
  const { cycle, participants } = data;
  const captionId = useId();
  const hidden = identifiableAnonymous(participants);
  const ratingsOf = (participant: Participant) =>
    new Map(
      data.assessments
        .filter((a) => a.participantId === participant.id)
        .map((a) => [a.expectationCode, a.rating]),
    );
  const waiting = participants.filter(
    (p) => !p.contribution && ![...ratingsOf(p).values()].some((rating) => rating !== 'notRated'),
  );
  const invited = ({ invitedAt, contribution }: Participant): string =>
    invitedAt
      ? text.invitedPersonal(formatDateTime(invitedAt))
      : contribution && !contribution.personal
        ? text.invitedOpen
        : text.notInvited;
  return (
    <section aria-labelledby="received-title" class="dashboard-section">
      <h2 id="received-title">{text.receivedTitle}</h2>
      {participants.length === 0 ? (
        <p>{text.receivedEmpty}</p>
      ) : (
        <TableScroll captionId={captionId}>
          <table class="data-table">
            <caption id={captionId}>{text.receivedCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.columns.participant}</th>
                <th scope="col">{text.columns.role}</th>
                <th scope="col">{text.columns.invited}</th>
                <th scope="col">{text.columns.contribution}</th>
                <th scope="col">{text.columns.rated}</th>
                <th scope="col">{text.columns.ratings}</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((participant) => {
                const own = ratingsOf(participant);
                const rated = cycle.scope.filter((code) => (own.get(code) ?? 'notRated') !== 'notRated');
                const { contribution } = participant;
                const apart = participant !== hidden;
                return (
                  <tr key={participant.id}>
                    <th scope="row">{participant.name}</th>
                    <td>{strings.participants.roles[participant.role]}</td>
                    <td>{invited(participant)}</td>
                    <td>
                      {!contribution
                        ? rated.length > 0
                          ? text.ratesHere
                          : text.notYet
                        : apart
                          ? text.received(
                              formatDateTime(contribution.receivedAt),
                              contribution.version,
                              formatDateTime(contribution.exportedAt),
                            )
                          : text.receivedAnonymously}
                    </td>
                    <td>{apart ? text.rated(rated.length, cycle.scope.length) : text.notSingledOut}</td>
                    <td>
                      {apart && rated.length > 0 ? (
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
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {hidden && <p class="field__hint">{text.anonymousCounted}</p>}
      {participants.length > 0 && <Reminder data={data} waiting={waiting} />}
    </section>
  );
}
