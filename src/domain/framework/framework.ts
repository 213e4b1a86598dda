import type { Expectation } from './expectation';
import type { ExpectationCode } from './expectation-code';
import { EXPECTATION_CODES } from './expectation-code';
import type { GlossaryTerm } from './glossary-term';
import type { HelperContent } from './helper-content';
import type { Rubric, Subrubric } from './rubric';
import type { GoodPracticeCriterion, ScaleEntry } from './scale';
import { LEVEL_IDS, RATING_STATE_IDS } from './scale';
import type { Source } from './source';

/** Everything the content collections hold about the referentiekader, each entry already schema-valid. */
export interface FrameworkInput {
  rubrics: readonly Rubric[];
  subrubrics: readonly Subrubric[];
  expectations: readonly Expectation[];
  helpers: readonly HelperContent[];
  glossary: readonly GlossaryTerm[];
  sources: readonly Source[];
  scale: readonly ScaleEntry[];
  goodPracticeCriteria: readonly GoodPracticeCriterion[];
}

/** A deelrubriek with its expectations in reading order. */
export interface SubrubricOutline {
  subrubric: Subrubric;
  expectations: Expectation[];
}

/** A rubriek with its expectations, directly or through its deelrubrieken, in reading order. */
export interface RubricOutline {
  rubric: Rubric;
  /** Expectations directly under the rubriek (empty when it has deelrubrieken). */
  expectations: Expectation[];
  subrubrics: SubrubricOutline[];
}

/** Thrown when the content does not describe a complete and consistent referentiekader. */
export class FrameworkContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The referentiekader content is incomplete or inconsistent:\n  - ${problems.join('\n  - ')}`);
    this.name = 'FrameworkContentError';
  }
}

function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

function checkExpectations(input: FrameworkInput, problems: string[]): void {
  const codes = input.expectations.map((expectation) => expectation.code);
  for (const code of duplicates(codes)) problems.push(`expectation ${code} occurs more than once`);
  for (const code of EXPECTATION_CODES) {
    if (!codes.includes(code)) problems.push(`expectation ${code} is missing`);
  }
  if (input.expectations.length !== EXPECTATION_CODES.length) {
    problems.push(`expected ${EXPECTATION_CODES.length} expectations, found ${input.expectations.length}`);
  }
  for (const order of duplicates(input.expectations.map((expectation) => expectation.order))) {
    problems.push(`order ${order} is given to more than one expectation`);
  }

  const rubrics = new Map(input.rubrics.map((rubric) => [rubric.id, rubric]));
  const subrubrics = new Map(input.subrubrics.map((subrubric) => [subrubric.id, subrubric]));
  for (const expectation of input.expectations) {
    const { code } = expectation;
    const rubric = rubrics.get(expectation.rubric);
    if (!rubric) {
      problems.push(`${code} names rubric "${expectation.rubric}", which does not exist`);
      continue;
    }
    const hasSubrubrics = input.subrubrics.some((subrubric) => subrubric.rubric === rubric.id);
    const subrubric = expectation.subrubric === undefined ? undefined : subrubrics.get(expectation.subrubric);
    if (expectation.subrubric !== undefined && !subrubric) {
      problems.push(`${code} names subrubric "${expectation.subrubric}", which does not exist`);
    } else if (subrubric && subrubric.rubric !== rubric.id) {
      problems.push(
        `${code}: subrubric "${subrubric.id}" belongs to rubric "${subrubric.rubric}", not "${rubric.id}"`,
      );
    } else if (!subrubric && hasSubrubrics) {
      problems.push(`${code} sits in rubric "${rubric.id}", which has subrubrics, but names none`);
    }
    const prefix = subrubric?.codePrefix ?? rubric.codePrefix;
    if (prefix !== undefined && !new RegExp(`^${prefix}\\d+$`).test(code)) {
      problems.push(`${code} does not start with "${prefix}", the code letters of its (sub)rubric`);
    }
    for (const related of expectation.related) {
      if (related === code) problems.push(`${code} lists itself as related`);
    }
  }
}

function checkHelpers(input: FrameworkInput, problems: string[]): void {
  const covered = input.helpers.map((helper) => helper.expectation);
  for (const code of duplicates(covered)) problems.push(`helper content for ${code} occurs more than once`);
  for (const code of EXPECTATION_CODES) {
    if (!covered.includes(code)) problems.push(`helper content for ${code} is missing`);
  }
}

function checkGlossary(input: FrameworkInput, problems: string[]): void {
  const ids = input.glossary.map((term) => term.id);
  const sourceIds = new Set(input.sources.map((source) => source.id));
  for (const id of duplicates(ids)) problems.push(`glossary term "${id}" occurs more than once`);
  for (const term of input.glossary) {
    if (!sourceIds.has(term.source))
      problems.push(`glossary term "${term.id}" names unknown source "${term.source}"`);
    for (const related of term.related) {
      if (!ids.includes(related))
        problems.push(`glossary term "${term.id}" relates to unknown term "${related}"`);
    }
  }
}

function checkScale(input: FrameworkInput, problems: string[]): void {
  const ids: string[] = input.scale.map((entry) => entry.id);
  for (const id of duplicates(ids)) problems.push(`scale entry "${id}" occurs more than once`);
  for (const id of [...LEVEL_IDS, ...RATING_STATE_IDS]) {
    if (!ids.includes(id)) problems.push(`scale entry "${id}" is missing`);
  }
  const values = input.scale.flatMap((entry) => (entry.kind === 'level' ? [entry.value] : []));
  for (const value of duplicates(values)) problems.push(`level value ${value} is used more than once`);
  if (input.goodPracticeCriteria.length !== 5) {
    problems.push(
      `expected the inspectorate's 5 good-practice criteria, found ${input.goodPracticeCriteria.length}`,
    );
  }
}

/** Every way the content fails to describe the referentiekader completely and consistently; empty when it does. */
export function findFrameworkProblems(input: FrameworkInput): string[] {
  const problems: string[] = [];
  checkExpectations(input, problems);
  checkHelpers(input, problems);
  checkGlossary(input, problems);
  checkScale(input, problems);
  return problems;
}

const byOrder = <T extends { order: number }>(a: T, b: T): number => a.order - b.order;

/** The rubrieken, deelrubrieken and expectations in the referentiekader's reading order. */
export function outlineFramework(
  input: Pick<FrameworkInput, 'rubrics' | 'subrubrics' | 'expectations'>,
): RubricOutline[] {
  const expectations = [...input.expectations].sort(byOrder);
  return [...input.rubrics].sort(byOrder).map((rubric) => ({
    rubric,
    expectations: expectations.filter((e) => e.rubric === rubric.id && e.subrubric === undefined),
    subrubrics: input.subrubrics
      .filter((subrubric) => subrubric.rubric === rubric.id)
      .sort(byOrder)
      .map((subrubric) => ({
        subrubric,
        expectations: expectations.filter((e) => e.subrubric === subrubric.id),
      })),
  }));
}

/** The expectation before and after the given one in reading order, for previous/next navigation. */
export function neighbours(
  expectations: readonly Expectation[],
  code: ExpectationCode,
): { previous: Expectation | undefined; next: Expectation | undefined } {
  const ordered = [...expectations].sort(byOrder);
  const index = ordered.findIndex((expectation) => expectation.code === code);
  return { previous: ordered[index - 1], next: index < 0 ? undefined : ordered[index + 1] };
}
