import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The JavaScript a page loads before anyone interacts with it, from the built files. */
export interface PageWeight {
  files: number;
  rawKB: number;
  gzipKB: number;
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** The built file of a page: `/referentiekader/m2/` is `referentiekader/m2/index.html`. */
const htmlFileOf = (dist: string, page: string): string =>
  page.endsWith('/') ? join(dist, page, 'index.html') : join(dist, page);

/** Scripts and island code a built page names: module scripts, and each island's component and renderer. */
function entryScripts(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) found.add(match[1] ?? '');
  for (const match of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) found.add(match[1] ?? '');
  // Astro's island loader is inlined; the islands it loads are named above.
  return [...found].filter((src) => src.startsWith('/'));
}

/**
 * Static imports of a built chunk, re-exports (`export{t as default}from"./x.js"`) included; not `import()`,
 * which loads only when the code asks.
 */
function staticImports(code: string, from: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(
    /(?:^|[;}\n])\s*(?:import\s*(?:[\w*{}\s,$]+from\s*)?|export\s*[\w*{}\s,$]+from\s*)["']([^"']+)["']/g,
  )) {
    const specifier = match[1] ?? '';
    if (specifier.startsWith('.')) found.push(posix.join(posix.dirname(from), specifier));
  }
  return found;
}

/** One JavaScript file a page loads at start, with its size. */
export interface ChunkWeight {
  path: string;
  rawKB: number;
  gzipKB: number;
}

/**
 * The JavaScript files a page of `dist/` loads on first view: its scripts and islands and everything they
 * import statically. Chunks loaded with `import()` (charts, Word export, backup) are left out on purpose.
 */
export function pageChunks(dist: string, page: string): ChunkWeight[] {
  const queue = entryScripts(readFileSync(htmlFileOf(dist, page), 'utf8'));
  const seen = new Map<string, ChunkWeight>();
  while (queue.length > 0) {
    const path = queue.pop() ?? '';
    if (seen.has(path)) continue;
    const code = readFileSync(join(dist, path));
    seen.set(path, chunkOf(path, code));
    queue.push(...staticImports(code.toString('utf8'), path));
  }
  return [...seen.values()];
}

/** The sum of a page's chunks. */
function weigh(chunks: readonly ChunkWeight[]): PageWeight {
  const sum = (key: 'rawKB' | 'gzipKB'): number => kb(chunks.reduce((total, c) => total + c[key] * 1024, 0));
  return { files: chunks.length, rawKB: sum('rawKB'), gzipKB: sum('gzipKB') };
}

/** One piece of JavaScript weighed as the files are: its size, and its size compressed on its own. */
function chunkOf(path: string, code: Buffer): ChunkWeight {
  return { path, rawKB: code.length / 1024, gzipKB: gzipSync(code, { level: 9 }).length / 1024 };
}

/** The sum of {@link pageChunks}: what a page's first view costs in JavaScript. */
export function pageWeight(dist: string, page: string): PageWeight {
  return weigh(pageChunks(dist, page));
}

/**
 * The code of a page's inline scripts, in page order. A script with a `type` other than JavaScript's (JSON,
 * an import map) is data, not code, and left out.
 */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
    const code = match[2] ?? '';
    if (/\bsrc=/.test(attributes) || code.trim() === '') continue;
    if (type === undefined || type === 'module' || type === 'text/javascript') found.push(code);
  }
  return found;
}

/**
 * The JavaScript a page of a built site ran while it loaded, as a browser saw it: `scripts` are the paths of
 * the script files it fetched (from Lighthouse), weighed in `dist`, plus the page's inline scripts. Unlike
 * {@link pageWeight} it counts a chunk that a script loads with `import()` unasked, such as a search box that
 * fetches its interface when the page is idle; a site built by someone else is measured by what it does.
 */
export function loadedWeight(dist: string, page: string, scripts: readonly string[]): PageWeight {
  const inline = inlineScripts(readFileSync(htmlFileOf(dist, page), 'utf8'));
  return weigh([
    ...scripts.map((path) => chunkOf(path, readFileSync(join(dist, path)))),
    ...inline.map((code, index) => chunkOf(`${page}#inline-${index + 1}`, Buffer.from(code))),
  ]);
}
