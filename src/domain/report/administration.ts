import { SUPPORT_TYPES } from '../lsc-profile';
import { nextSchoolYear } from '../next-cycle';
import {
  REPORT_KINDS,
  TYPES_PER_REPORT,
  figuresWithPrevious,
  type SchoolYearFigures,
} from '../school-year-figures';
import { orNotFilledIn, type ReportContext } from './report-context';
import type { LabelledValue, SectionHeading, SectionOf } from './section-types';
import { formatDecimal } from '../dutch-number';

/** The centre's profile fields in the order the labels give them; blank ones read "niet ingevuld". */
function centreFacts(context: ReportContext): LabelledValue[] {
  const { profile } = context.input;
  const { labels } = context.vocabulary;
  const supportTypes = SUPPORT_TYPES.filter((type) => profile.supportTypes.includes(type))
    .map((type) => labels.supportTypes[type])
    .join(', ');
  const values: Record<keyof typeof labels.profile, string> = {
    name: profile.name,
    institutionNumber: profile.institutionNumber,
    address: profile.address,
    governingBody: profile.governingBody,
    directorName: profile.directorName,
    contactEmail: profile.contactEmail,
    contactPhone: profile.contactPhone,
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
  const { labels } = context.vocabulary;
  if (startDate === undefined && endDate === undefined) return labels.notFilledIn;
  // As Flemish readers write a date: "1 september 2025 – 30 juni 2026".
  const day = (date: string | undefined) =>
    date === undefined ? labels.notFilledIn : labels.formatDate(date);
  return `${day(startDate)} – ${day(endDate)}`;
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

/**
 * One row per figure, this school year beside the previous one: the day the leersteunraad discussed the
 * self-evaluation, pupils per verslag (its total, then each type either year counted), trajecten and staff.
 */
function figureRows(
  context: ReportContext,
  current: SchoolYearFigures | undefined,
  previous: SchoolYearFigures | undefined,
): SectionOf<'administration'>['figures']['rows'] {
  const { labels } = context.vocabulary;
  const words = labels.figures;
  const shown = (value: number | undefined): string =>
    value === undefined ? labels.notFilledIn : formatDecimal(value, 2);
  const row = (label: string, of: (figures: SchoolYearFigures) => number | string | undefined) => {
    const cell = (figures: SchoolYearFigures | undefined): string => {
      const value = figures && of(figures);
      return typeof value === 'string' ? value : shown(value);
    };
    return { label, current: cell(current), previous: cell(previous) };
  };
  const total = (counts: Partial<Record<string, number>>): number | undefined => {
    const values = Object.values(counts).filter((value) => value !== undefined);
    return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0);
  };
  const pupilRows = REPORT_KINDS.flatMap((kind) => {
    const report = words.reports[kind];
    const counted = TYPES_PER_REPORT[kind].filter((type) =>
      [current, previous].some((figures) => figures?.pupils[kind][type] !== undefined),
    );
    return [
      row(words.pupilsTotal(report), (figures) => total(figures.pupils[kind])),
      ...counted.map((type) =>
        row(words.pupils(report, labels.supportTypes[type]), (figures) => figures.pupils[kind][type]),
      ),
    ];
  });
  return [
    row(words.supportCouncilDate, (figures) =>
      figures.supportCouncilDate === undefined
        ? labels.notFilledIn
        : labels.formatDate(figures.supportCouncilDate),
    ),
    ...pupilRows,
    row(words.trajectories, (figures) => figures.trajectories),
    row(words.supportStaff, (figures) => figures.supportStaff),
    row(words.fte, (figures) => figures.fte),
  ];
}

/** The figures table of the cycle's school year and the one before; years without figures read "niet ingevuld". */
function figuresTable(context: ReportContext): SectionOf<'administration'>['figures'] {
  const { schoolYear } = context.input.cycle;
  const words = context.vocabulary.labels.figures;
  const { current, previous } = figuresWithPrevious(context.input.schoolYearFigures ?? [], schoolYear);
  return {
    title: words.title,
    columns: [words.itemColumn, schoolYear, nextSchoolYear(schoolYear, -1)],
    rows: figureRows(context, current, previous),
  };
}

/** Administratieve gegevens en situering: the LSC profile, its figures per school year and the cycle's data. */
export function administrationSection(
  context: ReportContext,
  heading: SectionHeading,
): SectionOf<'administration'> {
  return {
    id: 'administration',
    ...heading,
    centre: centreFacts(context),
    figures: figuresTable(context),
    cycle: cycleFacts(context),
  };
}
