import { SUPPORT_TYPES } from '../lsc-profile';
import { orNotFilledIn, type ReportContext } from './report-context';
import type { LabelledValue, SectionHeading, SectionOf } from './section-types';

/** The centre's profile fields in the order the labels give them; blank ones read "niet ingevuld". */
function centreFacts(context: ReportContext): LabelledValue[] {
  const { profile } = context.input;
  const { labels } = context.vocabulary;
  const supportTypes = SUPPORT_TYPES.filter((type) => profile.supportTypes.includes(type))
    .map((type) => labels.supportTypes[type])
    .join(', ');
  const values: Record<keyof typeof labels.profile, string> = {
    name: profile.name,
    workingArea: profile.workingArea,
    schoolsServed: profile.schoolsServed,
    teamComposition: profile.teamComposition,
    supportTypes,
    structuralPartnerships: profile.structuralPartnerships,
    supportCouncil: profile.supportCouncil,
    otherContext: profile.otherContext,
  };
  return (Object.keys(labels.profile) as (keyof typeof labels.profile)[]).map((field) => ({
    label: labels.profile[field],
    value: orNotFilledIn(context, values[field]),
  }));
}

/** The cycle's period as "2026-09-01 – 2027-06-30"; "niet ingevuld" for a missing end, or for both. */
export function periodOf(context: ReportContext): string {
  const { startDate, endDate } = context.input.cycle;
  if (startDate === undefined && endDate === undefined) return context.vocabulary.labels.notFilledIn;
  return `${orNotFilledIn(context, startDate)} – ${orNotFilledIn(context, endDate)}`;
}

/** The cycle's own data: title, school year, period, mode, status and the expectations in scope. */
function cycleFacts(context: ReportContext): LabelledValue[] {
  const { cycle } = context.input;
  const { labels } = context.vocabulary;
  return [
    { label: labels.cycle.title, value: cycle.title },
    { label: labels.cycle.schoolYear, value: cycle.schoolYear },
    { label: labels.cycle.period, value: periodOf(context) },
    { label: labels.cycle.mode, value: labels.cycleModes[cycle.mode] },
    { label: labels.cycle.status, value: labels.cycleStatuses[cycle.status] },
    { label: labels.cycle.scope, value: cycle.scope.join(', ') },
  ];
}

/** Administratieve gegevens en situering: the LSC profile and the cycle's data. */
export function administrationSection(
  context: ReportContext,
  heading: SectionHeading,
): SectionOf<'administration'> {
  return { id: 'administration', ...heading, centre: centreFacts(context), cycle: cycleFacts(context) };
}
