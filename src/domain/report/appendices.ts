import { levelsOf } from '../framework/framework-summary';
import { participantName, participantRole } from './participant-names';
import type { ReportContext } from './report-context';
import { reportSources } from './report-evidence';
import { openAnswersOf, questionnairesUsed } from './survey-voices';
import type { SectionHeading, SectionOf } from './section-types';

/**
 * Bijlagen: the evidence on reported expectations (newest first), the participants (a team report's; a
 * personal report is one person's own), the method, the questionnaires as used and, when asked for, the open
 * answers.
 */
export function appendicesSection(context: ReportContext, heading: SectionHeading): SectionOf<'appendices'> {
  const { labels, framework } = context.vocabulary;
  const openAnswers = openAnswersOf(context);
  return {
    id: 'appendices',
    ...heading,
    evidence: reportSources(context, (codes) => codes.some((code) => context.codes.includes(code))),
    ...(context.kind === 'team'
      ? {
          participants: context.participants.map((participant) => ({
            name: participantName(context, participant),
            role: participantRole(context, participant),
          })),
        }
      : {}),
    method: [
      { label: labels.method.frameworkVersion, value: context.input.cycle.frameworkVersion },
      {
        label: labels.method.scale,
        value: levelsOf(framework)
          .map((level) => level.label)
          .join(' · '),
      },
      { label: labels.method.mode, value: labels.cycleModes[context.input.cycle.mode] },
      { label: labels.method.generatedAt, value: labels.formatDate(context.generatedOn) },
    ],
    questionnaires: questionnairesUsed(context),
    ...(openAnswers === undefined ? {} : { openAnswers }),
  };
}
