import type { Expectation } from './expectation';
import type { ExpectationCode } from './expectation-code';
import type { RubricOutline } from './framework';
import type { GoodPracticeCriterion, LevelId, RatingStateId, ScaleEntry } from './scale';

/**
 * What the app's islands need of the referentiekader, passed to them as props by the page: the outline with
 * each expectation's sentence, the development scale and the good-practice criteria. The kwaliteitsbeelden
 * stay in the static HTML around the island, so they are not shipped twice.
 */
export interface FrameworkSummary {
  outline: RubricOutline[];
  scale: ScaleEntry[];
  goodPracticeCriteria: GoodPracticeCriterion[];
}

/** The expectations in reading order. */
export function expectationsOf(summary: { outline: readonly RubricOutline[] }): Expectation[] {
  return summary.outline.flatMap((rubric) => [
    ...rubric.expectations,
    ...rubric.subrubrics.flatMap((subrubric) => subrubric.expectations),
  ]);
}

/** The expectations of a cycle's scope, in reading order. */
export function expectationsInScope(
  summary: { outline: readonly RubricOutline[] },
  scope: readonly ExpectationCode[],
): Expectation[] {
  return expectationsOf(summary).filter((expectation) => scope.includes(expectation.code));
}

/** The four levels, lowest first, with their labels and descriptions from content. */
export function levelsOf(summary: {
  scale: readonly ScaleEntry[];
}): Extract<ScaleEntry, { kind: 'level' }>[] {
  return summary.scale
    .flatMap((entry) => (entry.kind === 'level' ? [entry] : []))
    .sort((a, b) => a.value - b.value);
}

/** A rating's label as content words it ("volgens de verwachting", "niet in focus"). */
export function ratingLabel(
  summary: { scale: readonly ScaleEntry[] },
  rating: LevelId | RatingStateId,
): string {
  return summary.scale.find((entry) => entry.id === rating)?.label ?? rating;
}
