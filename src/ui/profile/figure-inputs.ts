import type { SupportType } from '../../domain/lsc-profile';
import { CalendarDateSchema } from '../../domain/record-schema';
import {
  REPORT_KINDS,
  TYPES_PER_REPORT,
  type ReportKind,
  type SchoolYearFigures,
} from '../../domain/school-year-figures';
import { CountSchema, FteSchema } from '../../domain/school-year-figures-schema';
import * as strings from '../strings';
import { once } from '../../domain/once';

/** One input of the figures form: a single figure, or the pupils with one verslag of one type. */
export type FigureKey =
  'supportCouncilDate' | 'trajectories' | 'supportStaff' | 'fte' | `${ReportKind}:${SupportType}`;

/** What the user typed in each input, as typed: a VTE with a comma, a count with spaces. */
export type TypedFigures = Partial<Record<FigureKey, string>>;

/** Every input of the form, in its order: the date, the pupils per verslag and type, then the rest. */
export const FIGURE_KEYS: readonly FigureKey[] = [
  'supportCouncilDate',
  ...REPORT_KINDS.flatMap((kind) => TYPES_PER_REPORT[kind].map((type): FigureKey => `${kind}:${type}`)),
  'trajectories',
  'supportStaff',
  'fte',
];

const fteFormat = once(
  () => new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2, useGrouping: false }),
);

/** The stored figures as the form shows them: whole numbers as digits, VTE with a decimal comma. */
export function typedOf(figures: SchoolYearFigures): TypedFigures {
  const typed: TypedFigures = {};
  if (figures.supportCouncilDate) typed.supportCouncilDate = figures.supportCouncilDate;
  for (const kind of REPORT_KINDS) {
    for (const [type, count] of Object.entries(figures.pupils[kind]))
      typed[`${kind}:${type as SupportType}`] = String(count);
  }
  if (figures.trajectories !== undefined) typed.trajectories = String(figures.trajectories);
  if (figures.supportStaff !== undefined) typed.supportStaff = String(figures.supportStaff);
  if (figures.fte !== undefined) typed.fte = fteFormat().format(figures.fte);
  return typed;
}

/** A typed number, read as Flemish readers write it (12,75 or 12.75, spaces between thousands), or a problem. */
function readNumber(text: string, key: FigureKey): number | { problem: string } {
  const plain = text.replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return { problem: strings.profile.figures.notANumber };
  const value = Number(plain);
  const parsed = (key === 'fte' ? FteSchema : CountSchema).safeParse(value);
  return parsed.success ? value : { problem: parsed.error.issues[0]?.message ?? '' };
}

/**
 * The figures to store from what was typed, and what could not be read, per input: an input with a problem
 * keeps the stored value, so one bad number spoils none of the others; an emptied input is not filled in.
 */
export function readTyped(
  typed: TypedFigures,
  stored: SchoolYearFigures,
): { figures: SchoolYearFigures; problems: Partial<Record<FigureKey, string>> } {
  const { supportCouncilDate: _date, trajectories: _t, supportStaff: _s, fte: _f, ...rest } = stored;
  const figures: SchoolYearFigures = { ...rest, pupils: { gc: {}, iac: {}, ov4: {} } };
  const problems: Partial<Record<FigureKey, string>> = {};
  for (const key of FIGURE_KEYS) {
    const text = (typed[key] ?? '').trim();
    let value: number | string | undefined;
    if (text !== '' && key === 'supportCouncilDate') {
      if (CalendarDateSchema.safeParse(text).success) value = text;
      else problems[key] = strings.profile.figures.dateInvalid;
    } else if (text !== '') {
      const read = readNumber(text, key);
      if (typeof read === 'number') value = read;
      else problems[key] = read.problem;
    }
    // What cannot be read keeps what was stored.
    if (problems[key] !== undefined) value = storedValue(stored, key);
    if (value === undefined) continue;
    if (key === 'supportCouncilDate') figures.supportCouncilDate = String(value);
    else if (key === 'trajectories' || key === 'supportStaff' || key === 'fte') figures[key] = Number(value);
    else {
      const [kind, type] = key.split(':') as [ReportKind, SupportType];
      figures.pupils[kind][type] = Number(value);
    }
  }
  return { figures, problems };
}

/** The stored value of one input, undefined when it was not filled in. */
function storedValue(stored: SchoolYearFigures, key: FigureKey): number | string | undefined {
  if (key === 'supportCouncilDate') return stored.supportCouncilDate;
  if (key === 'trajectories' || key === 'supportStaff' || key === 'fte') return stored[key];
  const [kind, type] = key.split(':') as [ReportKind, SupportType];
  return stored.pupils[kind][type];
}
