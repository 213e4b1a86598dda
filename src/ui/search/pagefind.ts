import { sitePath } from '../site-path';

/** The part of Pagefind's browser API this site uses (https://pagefind.app/docs/api/). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

interface PagefindApi {
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
    await pagefind.init();
    return pagefind;
  });
  return api;
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
