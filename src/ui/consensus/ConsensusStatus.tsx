import * as strings from '../strings';

/** Whether the team recorded its judgement of an expectation, in words (a tick is decoration only). */
export function ConsensusStatus({ agreedLabel }: { agreedLabel: string | undefined }) {
  return agreedLabel === undefined ? (
    <p class="consensus-status">{strings.consensus.notAgreed}</p>
  ) : (
    <p class="consensus-status consensus-status--agreed">
      <span aria-hidden="true">✓ </span>
      {strings.consensus.agreedAs(agreedLabel)}
    </p>
  );
}
