import { VOICES } from '../evidence-vocabulary';
import { PARTICIPANT_ROLES } from '../participant';
import { voiceOfGroup } from '../survey/asked-statements';
import { previousCycleOf } from './previous-cycle';
import { calendarPart } from './quality-calendar-part';
import type { ReportContext } from './report-context';
import { surveysAsked } from './survey-voices';
import type { LabelledValue, SectionHeading, SectionOf } from './section-types';

type QualityDevelopment = SectionOf<'qualityDevelopment'>;

/**
 * The cycle in numbers: participants, sources (evidence and bevragingen), and for a team how many reported expectations reached a
 * consensus with an answer; the previous cycle when this one follows one up.
 */
function facts(context: ReportContext): LabelledValue[] {
  const { labels } = context.vocabulary;
  const list: LabelledValue[] = [
    { label: labels.facts.participants, value: String(context.participants.length) },
    // The bevragingen are sources too, as in the app's overview.
    { label: labels.facts.evidence, value: String(context.evidence.length + context.surveys.length) },
  ];
  if (context.kind === 'team') {
    const agreed = context.codes.filter((code) => {
      const { judgedBy, assessment } = context.judgements.get(code) ?? {};
      return judgedBy === 'consensus' && assessment?.rating !== 'notRated';
    }).length;
    list.push({
      label: labels.facts.consensusLabel,
      value: labels.facts.consensus(agreed, context.codes.length),
    });
  }
  const { previous } = context.input;
  if (previous) {
    list.push({
      label: labels.facts.previousCycle,
      value: `${previous.cycle.title} (${previous.cycle.schoolYear})`,
    });
  }
  return list;
}

/** How many participants have each role, in the order of the roles; roles nobody has are left out. */
export function participantsByRole(context: ReportContext): QualityDevelopment['participantsByRole'] {
  return PARTICIPANT_ROLES.flatMap((role) => {
    const count = context.participants.filter((participant) => participant.role === role).length;
    return count === 0 ? [] : [{ role: context.vocabulary.labels.roles[role], count }];
  });
}

/**
 * How many sources carry each voice, in vocabulary order: the evidence and the bevragingen (each with its
 * group's voice); voices no source carries are left out.
 */
export function voices(context: ReportContext): QualityDevelopment['voices'] {
  const surveyVoices = context.surveys.map(({ outcome }) => voiceOfGroup(outcome.survey.group));
  return VOICES.flatMap((voice) => {
    const count =
      context.evidence.filter((item) => item.voices.includes(voice)).length +
      surveyVoices.filter((surveyVoice) => surveyVoice === voice).length;
    return count === 0 ? [] : [{ voice: context.vocabulary.labels.voices[voice], count }];
  });
}

/** Hoe ontwikkelt het leersteuncentrum zijn eigen kwaliteit? — the cycle itself as evidence of BL2. */
export function qualityDevelopmentSection(
  context: ReportContext,
  heading: SectionHeading,
): QualityDevelopment {
  const previous = previousCycleOf(context);
  const calendar = calendarPart(context.input);
  return {
    id: 'qualityDevelopment',
    ...heading,
    facts: facts(context),
    participantsByRole: participantsByRole(context),
    voices: voices(context),
    surveys: surveysAsked(context),
    ...(previous === undefined ? {} : { previousCycle: previous }),
    ...(calendar === undefined ? {} : { qualityCalendar: calendar }),
  };
}
