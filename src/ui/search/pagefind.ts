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

/**
 * A page's matching sections, the best match first. Pagefind lists them in page order, so a glossary entry
 * named by the query came after every entry that merely mentions it; Pagefind's own score of each section's
 * best match (a heading counts most) puts it first. Equal scores keep the page's order.
 */
export function rankSections(sections: readonly PagefindSubResult[]): PagefindSubResult[] {
  const best = (section: PagefindSubResult): number =>
    Math.max(0, ...section.weighted_locations.map((match) => match.balanced_score));
  return [...sections].sort((a, b) => best(b) - best(a));
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
