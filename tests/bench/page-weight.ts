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

/** Scripts and island code a built page names: module scripts, and each island's component and renderer. */
function entryScripts(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) found.add(match[1] ?? '');
  for (const match of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) found.add(match[1] ?? '');
  // Astro's island loader is inlined; the islands it loads are named above.
  return [...found].filter((src) => src.startsWith('/'));
}

/** Static imports of a built chunk (not `import()`, which loads only when the code asks). */
function staticImports(code: string, from: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
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
  const htmlFile = page.endsWith('/') ? join(dist, page, 'index.html') : join(dist, page);
  const queue = entryScripts(readFileSync(htmlFile, 'utf8'));
  const seen = new Map<string, ChunkWeight>();
  while (queue.length > 0) {
    const path = queue.pop() ?? '';
    if (seen.has(path)) continue;
    const code = readFileSync(join(dist, path));
    seen.set(path, { path, rawKB: code.length / 1024, gzipKB: gzipSync(code, { level: 9 }).length / 1024 });
    queue.push(...staticImports(code.toString('utf8'), path));
  }
  return [...seen.values()];
}

/** The sum of {@link pageChunks}: what a page's first view costs in JavaScript. */
export function pageWeight(dist: string, page: string): PageWeight {
  const chunks = pageChunks(dist, page);
  const sum = (key: 'rawKB' | 'gzipKB'): number => kb(chunks.reduce((total, c) => total + c[key] * 1024, 0));
  return { files: chunks.length, rawKB: sum('rawKB'), gzipKB: sum('gzipKB') };
}
