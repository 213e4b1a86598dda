import { DONT_KNOW, type AnswerScale } from './answer-scale';
import { anonymityThreshold } from './anonymity';
import type { SurveyResponse } from './survey-response';
import { compareCodes } from '../code-order';

/** How the answers to one statement fell out, before anything is hidden: never shown as it is. */
export interface ItemTally {
  /** Per point of the scale (by id), how many chose it. */
  counts: Readonly<Record<string, number>>;
  /** How many answered "weet ik niet". */
  dontKnow: number;
}

/** The result of one statement as it may be shown. */
export type ItemResult = ShownItemResult | HiddenItemResult;

/** A result with enough answers to show. */
export interface ShownItemResult {
  shown: true;
  /** Everyone who answered the statement: a point of the scale or "weet ik niet". */
  answers: number;
  /** How many chose a point of the scale. */
  onScale: number;
  /** How many answered "weet ik niet", counted apart from the scale. */
  dontKnow: number;
  /** Per point of the scale, lowest first, how many chose it. */
  distribution: { optionId: string; count: number }[];
  /** The share (0–1) of the answers on the scale that agree; absent when nobody answered on the scale. */
  agreeShare?: number;
}

/** A result with too few answers: it carries nothing, not even how many there were. */
export interface HiddenItemResult {
  shown: false;
}

const HIDDEN: HiddenItemResult = { shown: false };

/** Counts one statement's answers; an answer that is not on the scale (nor "weet ik niet") is not counted. */
export function tallyItem(
  itemId: string,
  responses: readonly SurveyResponse[],
  scale: AnswerScale,
): ItemTally {
  const counts: Record<string, number> = Object.fromEntries(scale.options.map((option) => [option.id, 0]));
  let dontKnow = 0;
  for (const response of responses) {
    const answer = response.answers[itemId];
    if (answer === DONT_KNOW) dontKnow += 1;
    else if (answer !== undefined && Object.hasOwn(counts, answer))
      counts[answer] = (counts[answer] ?? 0) + 1;
  }
  return { counts, dontKnow };
}

/** Everyone a tally counts: the answers on the scale and "weet ik niet". */
export function answerCount(tally: ItemTally): number {
  return Object.values(tally.counts).reduce((sum, count) => sum + count, tally.dontKnow);
}

/** The tallies added up, as if their answers had been given in one bevraging. */
export function addTallies(tallies: readonly ItemTally[]): ItemTally {
  const counts: Record<string, number> = {};
  let dontKnow = 0;
  for (const tally of tallies) {
    dontKnow += tally.dontKnow;
    for (const [id, count] of Object.entries(tally.counts)) counts[id] = (counts[id] ?? 0) + count;
  }
  return { counts, dontKnow };
}

/** One statement's result: shown with its distribution from `threshold` answers on, otherwise nothing. */
export function summarizeItem(tally: ItemTally, scale: AnswerScale, threshold?: number): ItemResult {
  const answers = answerCount(tally);
  if (answers < anonymityThreshold(threshold)) return HIDDEN;
  const distribution = scale.options.map((option) => ({
    optionId: option.id,
    count: tally.counts[option.id] ?? 0,
  }));
  const onScale = answers - tally.dontKnow;
  const agreeing = scale.options
    .filter((option) => option.agrees)
    .reduce((sum, option) => sum + (tally.counts[option.id] ?? 0), 0);
  return {
    shown: true,
    answers,
    onScale,
    dontKnow: tally.dontKnow,
    distribution,
    ...(onScale > 0 ? { agreeShare: agreeing / onScale } : {}),
  };
}

/** One part of a breakdown: the answers of one bevraging, school or subgroup to the same statement. */
export interface TallyPart {
  key: string;
  tally: ItemTally;
}

/** A statement's result over all parts together, and per part. */
export interface Breakdown {
  total: ItemResult;
  parts: { key: string; result: ItemResult }[];
}

/**
 * A statement's result in total and per part, so that no hidden part can be worked out by subtraction: when
 * the total is shown, what it holds beyond the shown parts is either nothing or at least `threshold` answers.
 * Where it would be fewer, the smallest shown parts are hidden as well until it is not.
 */
export function summarizeBreakdown(
  parts: readonly TallyPart[],
  scale: AnswerScale,
  threshold?: number,
): Breakdown {
  const minimum = anonymityThreshold(threshold);
  const total = summarizeItem(addTallies(parts.map((part) => part.tally)), scale, minimum);
  const shown = new Set(parts.filter((part) => answerCount(part.tally) >= minimum).map((part) => part.key));
  if (total.shown) {
    const hiddenAnswers = (): number =>
      parts.filter((part) => !shown.has(part.key)).reduce((sum, part) => sum + answerCount(part.tally), 0);
    // Smallest first, ties by key, so the outcome depends on the answers only, not on the parts' order.
    const candidates = parts
      .filter((part) => shown.has(part.key))
      .sort((a, b) => answerCount(a.tally) - answerCount(b.tally) || compareCodes(a.key, b.key));
    for (const part of candidates) {
      const hidden = hiddenAnswers();
      if (hidden === 0 || hidden >= minimum) break;
      shown.delete(part.key);
    }
  }
  return {
    total,
    parts: parts.map((part) => ({
      key: part.key,
      result: shown.has(part.key) ? summarizeItem(part.tally, scale, minimum) : HIDDEN,
    })),
  };
}
