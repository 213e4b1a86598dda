import { deadlinePassed, type InvitationTerms } from '../../domain/contribution/terms';
import { formatDate, todayIso } from '../format';
import * as strings from '../strings';

/** The day the team wants a member's contribution back, or that it has passed; nothing without a deadline. */
export function ContributionDeadline({ terms }: { terms: Pick<InvitationTerms, 'deadline'> }) {
  if (!terms.deadline) return null;
  const text = strings.contributionExport;
  return deadlinePassed(terms, todayIso()) ? (
    <p class="notice">{text.deadlinePassed(formatDate(terms.deadline))}</p>
  ) : (
    <p>{text.deadline(formatDate(terms.deadline))}</p>
  );
}
