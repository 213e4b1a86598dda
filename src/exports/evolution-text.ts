import type { ReportEvolution, ReportPreviousAction, ReportSection } from '../domain/report/report-model';
import { exportLabels as labels } from './labels';

type Summary = Extract<ReportSection, { id: 'summary' }>;

/** A change in words with its sign, word first so a spreadsheet never reads "=" as a formula: "gestegen (▲)". */
export function changeText(change: ReportEvolution['change']): string {
  return change.sign === undefined ? change.label : `${change.label} (${change.sign})`;
}

/** A change and how many expectations made it, as the summary in front lists them: "gestegen (▲): 3". */
export function changeCountText(change: ReportEvolution['change'], count: number): string {
  return `${changeText(change)}: ${count}`;
}

/** An expectation's previous judgement and its change: "benadert de verwachting — gestegen (▲)". */
export function evolutionText(evolution: ReportEvolution): string {
  return `${evolution.previous.label} — ${changeText(evolution.change)}`;
}

/** What became of a previous action, and for one carried over how it stands now: "overgenomen … (nu lopend)". */
export function outcomeText(action: ReportPreviousAction): string {
  return action.current === undefined
    ? action.outcome.label
    : `${action.outcome.label} (${labels.evolution.now(action.current.status)})`;
}

/**
 * The webdiagram in words, for those who cannot see it: every axis's judgement and, with two series, which
 * line is which year and each axis's previous judgement.
 */
export function radarDescription(section: Summary): string {
  const years = section.comparedYears;
  const axes = section.table
    .map((row) => {
      const previous = years && row.evolution;
      return previous
        ? `${row.code}: ${row.rating.label} (${labels.radarPrevious(years.previous, previous.previous.label)})`
        : `${row.code}: ${row.rating.label}`;
    })
    .join(', ');
  return labels.radarAlt(
    years ? `${labels.evolution.radarSeries(years.current, years.previous)} ${axes}` : axes,
  );
}
