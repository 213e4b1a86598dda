import { getCollection, type CollectionEntry } from 'astro:content';
import {
  FrameworkContentError,
  findFrameworkProblems,
  outlineFramework,
  type RubricOutline,
} from '../domain/framework/framework';
import { expectationSlug, type ExpectationCode } from '../domain/framework/expectation-code';
import type { HelperContent } from '../domain/framework/helper-content';
import type { GlossaryTerm } from '../domain/framework/glossary-term';
import type { Source } from '../domain/framework/source';
import type { GoodPracticeCriterion, ScaleEntry } from '../domain/framework/scale';
import type { FeatureList } from '../domain/framework/context-input';
import type { FrameworkSummary } from '../domain/framework/framework-summary';

/** The whole referentiekader as the pages need it, checked for completeness and consistency. */
export interface LoadedFramework {
  outline: RubricOutline[];
  /** Expectation entries in reading order; render an entry to get its kwaliteitsbeeld. */
  expectationEntries: CollectionEntry<'expectations'>[];
  helpers: ReadonlyMap<ExpectationCode, HelperContent>;
  glossary: GlossaryTerm[];
  sources: ReadonlyMap<string, Source>;
  scale: ScaleEntry[];
  goodPracticeCriteria: GoodPracticeCriterion[];
  context: FeatureList;
  input: FeatureList;
}

let loading: Promise<LoadedFramework> | undefined;

async function load(): Promise<LoadedFramework> {
  const [expectationEntries, helpers, rubrics, subrubrics, glossary, sources, scale, criteria, contextInput] =
    await Promise.all([
      getCollection('expectations'),
      getCollection('helpers'),
      getCollection('rubrics'),
      getCollection('subrubrics'),
      getCollection('glossary'),
      getCollection('sources'),
      getCollection('scale'),
      getCollection('goodPracticeCriteria'),
      getCollection('contextInput'),
    ]);
  const data = <T>(entries: { data: T }[]): T[] => entries.map((entry) => entry.data);
  const input = {
    rubrics: data(rubrics),
    subrubrics: data(subrubrics),
    expectations: data(expectationEntries),
    helpers: data(helpers),
    glossary: data(glossary),
    sources: data(sources),
    scale: data(scale),
    goodPracticeCriteria: data(criteria),
  };
  const problems = findFrameworkProblems(input);
  const context = contextInput.find((entry) => entry.id === 'context')?.data;
  const features = contextInput.find((entry) => entry.id === 'input')?.data;
  if (!context) problems.push('content/context-input.yaml has no "context" list');
  if (!features) problems.push('content/context-input.yaml has no "input" list');
  // Failing here fails `astro build`, so broken content never reaches a reader.
  if (problems.length > 0 || !context || !features) throw new FrameworkContentError(problems);

  return {
    outline: outlineFramework(input),
    expectationEntries: expectationEntries.sort((a, b) => a.data.order - b.data.order),
    helpers: new Map(input.helpers.map((helper) => [helper.expectation, helper])),
    glossary: input.glossary.sort((a, b) => a.term.localeCompare(b.term, 'nl-BE', { sensitivity: 'base' })),
    sources: new Map(input.sources.map((source) => [source.id, source])),
    scale: input.scale,
    goodPracticeCriteria: input.goodPracticeCriteria.sort((a, b) => a.order - b.order),
    context,
    input: features,
  };
}

/** Loads and checks the referentiekader once per build; every page shares the result. */
export function getFramework(): Promise<LoadedFramework> {
  loading ??= load();
  return loading;
}

/** The part of the referentiekader the app's islands receive as props. */
export async function getFrameworkSummary(): Promise<FrameworkSummary> {
  const { outline, scale, goodPracticeCriteria } = await getFramework();
  return { outline, scale, goodPracticeCriteria };
}

/** One static page per expectation, at its slug (`m2`), with its content entry as props. */
export async function expectationPaths() {
  const { expectationEntries } = await getFramework();
  return expectationEntries.map((entry) => ({
    params: { slug: expectationSlug(entry.data.code) },
    props: { entry },
  }));
}
