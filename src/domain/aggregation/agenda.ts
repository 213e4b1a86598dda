import { EXPECTATION_CODES } from '../framework/expectation-code';
import { LEVEL_IDS } from '../framework/scale';
import type { ExpectationAggregate } from './aggregate';

/**
 * Why an expectation stands where it does on the agenda (the UI words it):
 * - `split`: the middle half of the levels given lies at least one level apart (IQR width ≥ 1);
 * - `wideSpread`: the middle half agrees more closely, but the extremes lie two or more levels apart
 *   (range width ≥ 2) — a few participants see it quite differently;
 * - `agreement`: everyone within one level of each other (range width ≤ 1, IQR width < 1);
 * - `fewRespondents`: fewer than two participants gave a level, so there is nothing to compare yet.
 */
export type AgendaReason = 'split' | 'wideSpread' | 'agreement' | 'fewRespondents';

/** The measures the agenda is sorted on, so the order can be shown and explained. */
export interface Disagreement {
  /** Interquartile range width (Tukey's hinges), 0 without respondents. */
  iqrWidth: number;
  /** Highest minus lowest level, 0 without respondents. */
  rangeWidth: number;
  /** Share (0–1) of respondents whose level is not the median; all of them when the median is a half. */
  awayFromMedian: number;
}

/** One bespreekpunt: an expectation's aggregate, why it is on the agenda, and how much the team disagrees. */
export interface AgendaItem {
  aggregate: ExpectationAggregate;
  reason: AgendaReason;
  disagreement: Disagreement;
}

/** An expectation needs at least this many respondents before its disagreement is measured. */
export const MIN_AGENDA_RESPONDENTS = 2;

/** How far an aggregate's levels lie apart. */
export function disagreementOf(aggregate: ExpectationAggregate): Disagreement {
  const { respondents, median, counts } = aggregate;
  // A half median (e.g. 2.5) is no level anyone gave, so then every respondent is away from it.
  const medianLevel = median === undefined ? undefined : LEVEL_IDS[median - 1];
  const atMedian = medianLevel === undefined ? 0 : counts[medianLevel];
  return {
    iqrWidth: aggregate.iqr?.width ?? 0,
    rangeWidth: aggregate.range?.width ?? 0,
    awayFromMedian: respondents === 0 ? 0 : (respondents - atMedian) / respondents,
  };
}

function reasonOf(aggregate: ExpectationAggregate, disagreement: Disagreement): AgendaReason {
  if (aggregate.respondents < MIN_AGENDA_RESPONDENTS) return 'fewRespondents';
  if (disagreement.iqrWidth >= 1) return 'split';
  if (disagreement.rangeWidth >= 2) return 'wideSpread';
  return 'agreement';
}

/**
 * The bespreekpunten for the consensus meeting: every aggregate, the most disagreement first. Expectations
 * with at least two respondents are sorted by, in turn:
 * 1. the interquartile range width, widest first (how far the middle half of the team lies apart);
 * 2. the range width, widest first (how far the extremes lie apart);
 * 3. the share of respondents whose level is not the median, largest first;
 * 4. reading order of the referentiekader (then input order).
 * Expectations with fewer than two respondents are not excluded but follow at the end, in reading order,
 * with reason `fewRespondents`, so the meeting sees what still lacks answers.
 */
export function disagreementAgenda(aggregates: readonly ExpectationAggregate[]): AgendaItem[] {
  const items = aggregates.map((aggregate, index) => {
    const disagreement = disagreementOf(aggregate);
    return {
      item: { aggregate, reason: reasonOf(aggregate, disagreement), disagreement },
      readingOrder: EXPECTATION_CODES.indexOf(aggregate.code),
      index,
    };
  });
  items.sort((a, b) => {
    const aFew = a.item.reason === 'fewRespondents';
    const bFew = b.item.reason === 'fewRespondents';
    if (aFew !== bFew) return aFew ? 1 : -1;
    if (!aFew) {
      const x = a.item.disagreement;
      const y = b.item.disagreement;
      const byMeasure =
        y.iqrWidth - x.iqrWidth || y.rangeWidth - x.rangeWidth || y.awayFromMedian - x.awayFromMedian;
      if (byMeasure !== 0) return byMeasure;
    }
    return a.readingOrder - b.readingOrder || a.index - b.index;
  });
  return items.map(({ item }) => item);
}
