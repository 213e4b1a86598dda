import { withNamesHidden } from './hide-names';
import { participantName, participantRole } from './participant-names';
import { reportContext } from './report-context';
import type { ReportInput, ReportVocabulary } from './report-input';
import { REPORT_FORMAT_VERSION } from './report-format';
import type { ReportModel } from './report-model';
import { reportSections } from './report-sections';

/**
 * The self-evaluation report of one cycle as data, for every renderer to draw. Pure: it reads only its
 * arguments. Reports the chosen expectations that are in the cycle's scope, in reading order; a team cycle
 * is judged by its consensus alone, an individual cycle is a personal reflection judged by the self
 * participant. The options hold here, once, for every format: individual notes only when asked for, and
 * with names anonymised no participant's name (nor a role fewer than three hold) anywhere in it.
 */
export function buildReport(input: ReportInput, vocabulary: ReportVocabulary): ReportModel {
  const context = reportContext(input, vocabulary);
  const { labels } = vocabulary;
  const { cycle, profile, options } = input;
  const centreName = profile.name.trim() === '' ? labels.notFilledIn : profile.name.trim();
  // A personal report is one person's: it names them, not the centre.
  const personal = context.kind === 'personal';
  const person = context.participants.find((participant) => participant.id === input.selfParticipantId);
  const self =
    personal && person
      ? { name: participantName(context, person), role: participantRole(context, person) }
      : undefined;
  const owner = self?.name ?? centreName;
  return withNamesHidden(context, {
    formatVersion: REPORT_FORMAT_VERSION,
    generatedAt: input.now.toISOString(),
    frameworkVersion: cycle.frameworkVersion,
    kind: context.kind,
    title: personal ? labels.personalTitle(cycle.title) : labels.title(cycle.title),
    subtitle: labels.subtitle(owner, cycle.schoolYear, labels.cycleModes[cycle.mode]),
    ...(personal || profile.name.trim() === '' ? {} : { centre: profile.name.trim() }),
    ...(personal || !profile.logo
      ? {}
      : { logo: { type: profile.logo.type, width: profile.logo.width, height: profile.logo.height } }),
    ...(self ? { person: self } : {}),
    cycle: { title: cycle.title, schoolYear: cycle.schoolYear },
    expectationCodes: [...context.codes],
    options: {
      includeIndividualNotes: options.includeIndividualNotes,
      anonymise: options.anonymise,
      includeOpenAnswers: options.includeOpenAnswers === true,
    },
    sections: reportSections(context),
    colophon: labels.colophon(labels.formatDate(context.generatedOn), cycle.frameworkVersion, personal),
  });
}
