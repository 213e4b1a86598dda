import type { Participant } from '../participant';
import type { ReportContext } from './report-context';

/** A role fewer people hold than this names them, so it is withheld wherever their name is. */
const FEWEST_TO_SHOW_ROLE = 3;

/** Words in a name that are not a name on their own ("Van", "De" …): never searched for in free text. */
const NAME_PARTICLES = new Set(['da', 'de', 'den', 'der', 'di', 'du', 'het', 'la', 'le', 'te', 'ten', 'ter']);
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

/** Whether the report hides who this participant is: names are anonymised, or they chose anonymity. */
function isHidden(context: ReportContext, participant: Participant): boolean {
  return context.input.options.anonymise || participant.anonymous;
}

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

/**
 * A participant's role as the report words it. When their name is hidden and fewer than three participants
 * hold the role, it is withheld: "Deelnemer 4 (directie)" would name the director.
 */
export function participantRole(context: ReportContext, participant: Participant): string {
  const { labels } = context.vocabulary;
  const holders = context.participants.filter((other) => other.role === participant.role).length;
  return isHidden(context, participant) && holders < FEWEST_TO_SHOW_ROLE
    ? labels.roleWithheld
    : labels.roles[participant.role];
}

/**
 * The participants whose names the report hides: this cycle's and the previous cycle's (whose recommendations
 * and actions it quotes), all of them when names are anonymised, else those who chose anonymity.
 */
export function hiddenParticipants(context: ReportContext): Participant[] {
  const people = [...context.participants, ...(context.input.previous?.participants ?? [])];
  return people.filter((participant) => isHidden(context, participant));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern that finds any of the given patterns as whole words (not inside a longer word), longest first. */
function wholeWords(sources: readonly string[], flags: string): RegExp | undefined {
  if (sources.length === 0) return undefined;
  const longestFirst = [...sources].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${longestFirst.join('|')})(?!${LETTER_OR_DIGIT})`, flags);
}

const normalised = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-BE');

/**
 * What takes hidden participants' names out of text someone wrote: each full name (any case, any spacing)
 * and each capitalised part of it of three letters or more ("Ann", "Peeters", not "De") becomes "anonieme
 * deelnemer" (capitalised where a sentence starts). Not their "Deelnemer n": text such as "Ann
 * (coördinator)" would then tie that number, and every note under it, to a role.
 */
export function nameHider(context: ReportContext): (text: string) => string {
  const hidden = hiddenParticipants(context);
  const fullNames = hidden.map((participant) =>
    normalised(participant.name).split(' ').map(escapeRegExp).join('\\s+'),
  );
  const parts = hidden.flatMap((participant) =>
    participant.name
      .split(/[\s-]+/u)
      .filter((part) => part.length >= 3 && /^\p{Lu}/u.test(part))
      .filter((part) => !NAME_PARTICLES.has(part.toLocaleLowerCase('nl-BE')))
      .map(escapeRegExp),
  );
  const fullPattern = wholeWords(fullNames, 'giu');
  const partPattern = wholeWords(parts, 'gu');
  const { anonymous } = context.vocabulary.labels;
  const midSentence = anonymous.charAt(0).toLocaleLowerCase('nl-BE') + anonymous.slice(1);
  // "Anonieme deelnemer" where a sentence starts, "anonieme deelnemer" inside one.
  const replacement = (_found: string, offset: number, text: string): string =>
    /(^|[.!?:]\s*)$/.test(text.slice(0, offset).trimEnd()) ? anonymous : midSentence;
  return (text) => {
    const withoutFullNames = fullPattern ? text.replace(fullPattern, replacement) : text;
    return partPattern ? withoutFullNames.replace(partPattern, replacement) : withoutFullNames;
  };
}
