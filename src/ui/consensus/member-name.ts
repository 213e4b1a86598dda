import type { Participant } from '../../domain/participant';
import * as strings from '../strings';

/** A participant as the consensus view names them: their name or alias, unless they chose to be anonymous. */
export function memberName(participant: Participant): string {
  return participant.anonymous ? strings.consensus.anonymous : participant.name;
}

/** A participant's name with their role; an anonymous participant's role is left out, as it could name them. */
export function memberWithRole(participant: Participant): string {
  if (participant.anonymous) return memberName(participant);
  return `${participant.name} (${strings.participants.roles[participant.role]})`;
}
