import type { LighthouseScores } from './lighthouse';
import type { PageWeight } from './page-weight';
import type { Summary } from './stats';

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  date: string;
  scale: number;
  seeded: { ms: number; counts: Record<string, number> };
  timingsMs: Record<string, Summary>;
  /** The same records written through Dexie and bare IndexedDB: by `put` (imports) and `add` (a restore). */
  bulkWrite: { records: number; put: DexieVsRaw; add: DexieVsRaw };
  sizes: Record<string, number>;
  jsPerPage: Record<string, PageWeight & { kind: PageKind }>;
  lighthouse: Record<string, LighthouseScores>;
}

/** One way of writing, timed through Dexie and through bare IndexedDB, and the ratio of their medians. */
export interface DexieVsRaw {
  dexie: Summary;
  raw: Summary;
  ratio: number;
}

/** Which JavaScript budget a page falls under. */
export type PageKind = 'reading' | 'search' | 'app';

/**
 * The budget a built page (a URL path inside the site) falls under: every page of the app is an app page, and
 * so is the questionnaire a bevraging's link opens, which runs outside the app's folder.
 */
export function pageKind(path: string): PageKind {
  if (path.startsWith('/app/') || path === '/bevraging/') return 'app';
  return path === '/zoeken/' ? 'search' : 'reading';
}

/**
 * The built pages whose JavaScript is weighed, with the budget of each. Every app page is weighed, each of the
 * 17 rating pages too, since a page's islands and what they import are its own. One expectation page of the
 * framework stands for all 17: they are reading pages from one template, without islands.
 */
export function weighedPages(paths: readonly string[]): Record<string, PageKind> {
  const pages: Record<string, PageKind> = {};
  for (const path of paths) {
    const kind = pageKind(path);
    if (kind === 'reading' && /^\/referentiekader\/[a-z]+\d\/$/.test(path) && path !== '/referentiekader/m2/')
      continue;
    pages[path] = kind;
  }
  return pages;
}

export interface Budgets {
  timingsMs: Record<string, number>;
  bulkWriteDexieVsRaw: number;
  jsGzipKB: Record<PageKind, number>;
  lighthouse: LighthouseScores;
}

/** The two ways the app bulk-writes, and what they are for. */
const BULK_WRITES = { put: 'by put (imports)', add: 'by add (restore)' } as const;

/** One figure against its budget. */
export interface Verdict {
  figure: string;
  value: string;
  budget: string;
  met: boolean;
}

/** Every figure that has a budget, with whether it is met: timings by their median. */
export function verdicts(results: BenchResults, budgets: Budgets): Verdict[] {
  const list: Verdict[] = [];
  for (const [name, summary] of Object.entries(results.timingsMs)) {
    const budget = budgets.timingsMs[name];
    if (budget === undefined) continue;
    list.push({
      figure: `${name} (median)`,
      value: `${summary.median} ms`,
      budget: `≤ ${budget} ms`,
      met: summary.median <= budget,
    });
  }
  for (const [how, written] of Object.entries(BULK_WRITES)) {
    const { ratio } = results.bulkWrite[how as keyof typeof BULK_WRITES];
    list.push({
      figure: `bulk write Dexie / raw IndexedDB, ${written}`,
      value: ratio.toFixed(2),
      budget: `≤ ${budgets.bulkWriteDexieVsRaw}`,
      met: ratio <= budgets.bulkWriteDexieVsRaw,
    });
  }
  for (const [page, weight] of Object.entries(results.jsPerPage)) {
    const budget = budgets.jsGzipKB[weight.kind];
    list.push({
      figure: `JS ${page} (gzip)`,
      value: `${weight.gzipKB} KB`,
      budget: `≤ ${budget} KB`,
      met: weight.gzipKB <= budget,
    });
  }
  for (const [page, scores] of Object.entries(results.lighthouse)) {
    for (const category of ['performance', 'accessibility', 'bestPractices'] as const) {
      const budget = budgets.lighthouse[category];
      list.push({
        figure: `Lighthouse ${page} ${category}`,
        value: String(scores[category]),
        budget: `≥ ${budget}`,
        met: scores[category] >= budget,
      });
    }
  }
  return list;
}

/** The results as Markdown tables: timings with median and p95, then every budget. */
export function resultsTable(results: BenchResults, checked: readonly Verdict[]): string {
  const lines = [
    `Leersteunspiegel benchmark, ${results.date}, scale ${results.scale}`,
    `Seeded in ${Math.round(results.seeded.ms)} ms: ${Object.entries(results.seeded.counts)
      .map(([table, n]) => `${n} ${table}`)
      .join(', ')}`,
    '',
    '| measurement | runs | median | p95 |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(results.timingsMs).map(
      ([name, s]) => `| ${name} | ${s.runs} | ${s.median} ms | ${s.p95} ms |`,
    ),
    ...Object.entries(BULK_WRITES).flatMap(([how, written]) =>
      (['dexie', 'raw'] as const).map((path) => {
        const summary = results.bulkWrite[how as keyof typeof BULK_WRITES][path];
        const through = path === 'dexie' ? 'Dexie' : 'raw IndexedDB';
        return `| ${results.bulkWrite.records} assessments ${written}, ${through} | ${summary.runs} | ${summary.median} ms | ${summary.p95} ms |`;
      }),
    ),
    '',
    '| page | JS files | raw | gzip |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(results.jsPerPage).map(
      ([page, w]) => `| ${page} | ${w.files} | ${w.rawKB} KB | ${w.gzipKB} KB |`,
    ),
    '',
    '| Lighthouse (mobile) | performance | accessibility | best practices | FCP | LCP | TBT | CLS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(results.lighthouse).map(
      ([page, s]) =>
        `| ${page} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.metrics.fcp} ms | ${s.metrics.lcp} ms | ${s.metrics.tbt} ms | ${s.metrics.cls} |`,
    ),
    '',
    ...Object.entries(results.sizes).map(([name, bytes]) => `${name}: ${Math.round(bytes / 1024)} KB`),
    '',
    '| budget | value | limit | |',
    '| --- | ---: | ---: | --- |',
    ...checked.map((v) => `| ${v.figure} | ${v.value} | ${v.budget} | ${v.met ? 'ok' : 'NOT MET'} |`),
  ];
  return lines.join('\n');
}
