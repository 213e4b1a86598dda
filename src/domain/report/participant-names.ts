import type { Participant } from '../participant';
import type { ReportContext } from './report-context';

/**
 * The name a participant goes by in the report. With names anonymised: "Deelnemer n", n their place in the
 * order they joined the cycle. Otherwise the label for anonymity when they chose it, else their name.
 */
export function participantName(context: ReportContext, participant: Participant): string {
  const { labels } = context.vocabulary;
  if (context.input.options.anonymise) {
    const index = context.participants.findIndex((candidate) => candidate.id === participant.id);
    return labels.anonymousParticipant(index < 0 ? context.participants.length + 1 : index + 1);
  }
  return participant.anonymous ? labels.anonymous : participant.name;
}

/** A participant's role as the report words it. */
export function participantRole(context: ReportContext, participant: Participant): string {
  return context.vocabulary.labels.roles[participant.role];
}
