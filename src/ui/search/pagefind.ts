import { sitePath } from '../site-path';

/** The part of Pagefind's browser API this site uses (https://pagefind.app/docs/api/). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the query matched in the section, each with Pagefind's weight and score for that match. */
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

interface PagefindApi {
  options(options: { ranking: { pageLength: number } }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

// The index is generated next to the built site by `pagefind --site dist`, so it cannot be bundled:
// the path is kept in a variable to keep Vite from resolving it at build time. Pagefind takes the site's base
// path for its result links from this address (everything before `pagefind/`), so they follow BASE_PATH too.
const PAGEFIND_URL = sitePath('pagefind/pagefind.js');
let api: Promise<PagefindApi> | undefined;

/** Loads the Pagefind index once; rejects when the site was built without it (e.g. `astro dev`). */
export function loadPagefind(): Promise<PagefindApi> {
  api ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>).then(async (pagefind) => {
    // The glossary is one page of many short entries; at Pagefind's default (0.75) its length alone put it
    // below a framework page that mentions a term once (https://pagefind.app/docs/ranking/#configuring-page-length).
    await pagefind.options({ ranking: { pageLength: 0.3 } });
    await pagefind.init();
    return pagefind;
  });
  return api;
}

/** Whether a title is the query itself, not merely containing it: "CLB" names the entry CLB, not "Draaischijffunctie (CLB)". */
function isNamedBy(title: string | undefined, query: string): boolean {
  const normal = (text: string): string => text.trim().toLocaleLowerCase('nl-BE');
  return title !== undefined && normal(title) === normal(query);
}

/**
 * A page's matching sections, the one named by the query first, then the best match. Pagefind lists them in
 * page order, so a glossary entry named by the query came after every entry that merely mentions it; after
 * the named one, Pagefind's own score of each section's best match (a heading counts most) decides. Equal
 * scores keep the page's order.
 */
export function rankSections(sections: readonly PagefindSubResult[], query: string): PagefindSubResult[] {
  const best = (section: PagefindSubResult): number =>
    isNamedBy(section.title, query)
      ? Infinity
      : Math.max(0, ...section.weighted_locations.map((match) => match.balanced_score));
  return [...sections].sort((a, b) => best(b) - best(a));
}

/**
 * The pages found, the one named by the query (its title or one of its sections' headings is the query) first,
 * then in Pagefind's order. Pagefind's score counts every mention: for "CLB", framework page S3, which has the
 * CLB in its title and twenty times in its text, outscored the glossary page whose entry CLB carries Pagefind's
 * highest weight. Equal pages keep Pagefind's order.
 */
export function rankResults(results: readonly PagefindResultData[], query: string): PagefindResultData[] {
  const named = (result: PagefindResultData): boolean =>
    isNamedBy(result.meta.title, query) ||
    result.sub_results.some((section) => isNamedBy(section.title, query));
  return [...results].sort((a, b) => Number(named(b)) - Number(named(a)));
}

/** A piece of an excerpt: plain text, or text Pagefind marked as matching the query. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

/**
 * Splits Pagefind's excerpt HTML into text and matches, so it is shown as text and never injected as HTML.
 * Pagefind escapes the page text and wraps matches in <mark>.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const document = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const paragraph = document.body.firstElementChild;
  if (!paragraph) return [];
  return [...paragraph.childNodes].map((node) => ({
    text: node.textContent ?? '',
    match: node.nodeName === 'MARK',
  }));
}
