import type { LighthouseScores } from './lighthouse';
import type { PageWeight } from './page-weight';
import type { Summary } from './stats';

/**
 * Everything one `npm run bench` measured. A run narrowed with `--grep` measures only some of it: what it left
 * out is absent, and neither the table nor the verdicts mention it.
 */
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
  /** The largest cycle's report, printed and opened in LibreOffice: its pages and the layout checker's findings. */
  layout: Record<string, { pages: number; issues: number }>;
  sideBySide: SideBySide;
}

/**
 * Our reading pages against a stock Starlight site with the same 17 expectation pages, measured in one
 * Lighthouse run: each pair of pages by the same settings, in turns.
 *
 * A comparison to print, not a budget. Both sites score 100 and block next to nothing, so only the paints could
 * tell them apart, and on a shared two-core machine their runs overlap: one run of Starlight's M2 page painted
 * its largest element sooner (1106 ms) than our median (1246 ms) that day. "Not slower than Starlight" would
 * fail on noise as often as on a change of ours. What a change of ours can break is guarded absolutely: each
 * reading page's performance and blocking time in `lighthouse` and its JavaScript in `jsGzipKB` (2 KB, against
 * Starlight's 33 KB here).
 */
export interface SideBySide {
  /** The Starlight version the other site was built with. */
  starlight: string;
  /** Per pair (home, an expectation): our page and Starlight's. */
  pairs: Record<string, Record<Site, SiteFigures>>;
}

/** The two sites the side-by-side compares. */
export type Site = 'ours' | 'starlight';

/** One page of one site: its path, what Lighthouse found and the JavaScript it ran while it loaded. */
export interface SiteFigures {
  path: string;
  lighthouse: LighthouseScores;
  js: PageWeight;
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

/** What Lighthouse must find on one page: scores at least these, total blocking time below `tbtBelowMs`. */
export interface LighthouseBudget {
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbtBelowMs: number;
}

export interface Budgets {
  timingsMs: Record<string, number>;
  bulkWriteDexieVsRaw: number;
  jsGzipKB: Record<PageKind, number>;
  /** Per page the benchmark runs Lighthouse on: every page named here must have been measured. */
  lighthouse: Record<string, LighthouseBudget>;
}

/** What a run narrowed with `--grep` has: any part may be missing. */
export type MeasuredResults = Pick<BenchResults, 'date' | 'scale' | 'timingsMs' | 'sizes'> &
  Partial<Omit<BenchResults, 'date' | 'scale' | 'timingsMs' | 'sizes'>>;

/** The two ways the app bulk-writes, and what they are for. */
const BULK_WRITES = { put: 'by put (imports)', add: 'by add (restore)' } as const;

/** One figure against its budget. */
export interface Verdict {
  figure: string;
  value: string;
  budget: string;
  met: boolean;
}

/** Every figure that has a budget, with whether it is met: timings by their median. The side-by-side has none. */
export function verdicts(results: MeasuredResults, budgets: Budgets): Verdict[] {
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
    if (!results.bulkWrite) break;
    const { ratio } = results.bulkWrite[how as keyof typeof BULK_WRITES];
    list.push({
      figure: `bulk write Dexie / raw IndexedDB, ${written}`,
      value: ratio.toFixed(2),
      budget: `≤ ${budgets.bulkWriteDexieVsRaw}`,
      met: ratio <= budgets.bulkWriteDexieVsRaw,
    });
  }
  for (const [page, weight] of Object.entries(results.jsPerPage ?? {})) {
    const budget = budgets.jsGzipKB[weight.kind];
    list.push({
      figure: `JS ${page} (gzip)`,
      value: `${weight.gzipKB} KB`,
      budget: `≤ ${budget} KB`,
      met: weight.gzipKB <= budget,
    });
  }
  if (results.lighthouse) list.push(...lighthouseVerdicts(results.lighthouse, budgets.lighthouse));
  for (const [format, layout] of Object.entries(results.layout ?? {})) {
    list.push({
      figure: `report layout problems, ${format} (${layout.pages} pages)`,
      value: String(layout.issues),
      budget: '0',
      met: layout.issues === 0,
    });
  }
  return list;
}

/** Each page's Lighthouse figures against its budget; a page with a budget that was not measured fails. */
function lighthouseVerdicts(
  measured: Record<string, LighthouseScores>,
  budgets: Record<string, LighthouseBudget>,
): Verdict[] {
  const list: Verdict[] = [];
  for (const [page, budget] of Object.entries(budgets)) {
    const scores = measured[page];
    if (!scores) {
      list.push({ figure: `Lighthouse ${page}`, value: 'not measured', budget: 'measured', met: false });
      continue;
    }
    for (const category of ['performance', 'accessibility', 'bestPractices'] as const) {
      list.push({
        figure: `Lighthouse ${page} ${category}`,
        value: String(scores[category]),
        budget: `≥ ${budget[category]}`,
        met: scores[category] >= budget[category],
      });
    }
    list.push({
      figure: `Lighthouse ${page} total blocking time`,
      value: `${scores.metrics.tbt} ms`,
      budget: `< ${budget.tbtBelowMs} ms`,
      met: scores.metrics.tbt < budget.tbtBelowMs,
    });
  }
  return list;
}

/** How the side-by-side names each site. */
const SITE_NAMES: Record<Site, string> = { ours: 'Leersteunspiegel', starlight: 'Starlight' };

/** A paint's median with the spread of its runs, `1246 ms (1208–1308)`: how far apart two sites really are. */
function paint(scores: LighthouseScores, metric: 'fcp' | 'lcp'): string {
  const runs = (scores.runs ?? []).map((run) => run[metric]).filter((ms) => ms !== undefined);
  const spread = runs.length > 1 ? ` (${Math.min(...runs)}–${Math.max(...runs)})` : '';
  return `${scores.metrics[metric]} ms${spread}`;
}

/**
 * The side-by-side as Markdown: per pair of pages, ours and then Starlight's, with the spread of the paints over
 * the runs. A comparison to read, not a budget: see {@link verdicts}.
 */
export function sideBySideTable({ starlight, pairs }: SideBySide): string[] {
  const runs = Math.max(
    ...Object.values(pairs).flatMap((pair) => Object.values(pair).map((f) => f.lighthouse.runs?.length ?? 1)),
  );
  return [
    `Side by side with a stock Starlight ${starlight} site with the same 17 expectation pages (Lighthouse mobile, first visits, median and spread of ${runs} runs, the pages in turns)`,
    '',
    '| page | site | path | performance | FCP | LCP | TBT | JS at load (gzip) |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(pairs).flatMap(([pair, sites]) =>
      (['ours', 'starlight'] as const).map((site) => {
        const { path, lighthouse: l, js } = sites[site];
        const scripts = `${js.files} ${js.files === 1 ? 'script' : 'scripts'}`;
        return `| ${pair} | ${SITE_NAMES[site]} | ${path} | ${l.performance} | ${paint(l, 'fcp')} | ${paint(l, 'lcp')} | ${l.metrics.tbt} ms | ${js.gzipKB} KB (${js.rawKB} KB raw, ${scripts}) |`;
      }),
    ),
  ];
}

/** The results as Markdown tables: timings with median and p95, then every budget. */
export function resultsTable(results: MeasuredResults, checked: readonly Verdict[]): string {
  const { seeded, bulkWrite, jsPerPage, lighthouse, sideBySide } = results;
  const lines = [
    `Leersteunspiegel benchmark, ${results.date}, scale ${results.scale}`,
    ...(seeded
      ? [
          `Seeded in ${Math.round(seeded.ms)} ms: ${Object.entries(seeded.counts)
            .map(([table, n]) => `${n} ${table}`)
            .join(', ')}`,
        ]
      : []),
    '',
    '| measurement | runs | median | p95 |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(results.timingsMs).map(
      ([name, s]) => `| ${name} | ${s.runs} | ${s.median} ms | ${s.p95} ms |`,
    ),
    ...(bulkWrite
      ? Object.entries(BULK_WRITES).flatMap(([how, written]) =>
          (['dexie', 'raw'] as const).map((path) => {
            const summary = bulkWrite[how as keyof typeof BULK_WRITES][path];
            const through = path === 'dexie' ? 'Dexie' : 'raw IndexedDB';
            return `| ${bulkWrite.records} assessments ${written}, ${through} | ${summary.runs} | ${summary.median} ms | ${summary.p95} ms |`;
          }),
        )
      : []),
    '',
    ...(jsPerPage
      ? [
          '| page | JS files | raw | gzip |',
          '| --- | ---: | ---: | ---: |',
          ...Object.entries(jsPerPage).map(
            ([page, w]) => `| ${page} | ${w.files} | ${w.rawKB} KB | ${w.gzipKB} KB |`,
          ),
          '',
        ]
      : []),
    ...(lighthouse
      ? [
          '| Lighthouse (mobile, median of runs) | runs | performance | accessibility | best practices | FCP | LCP | TBT | CLS |',
          '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
          ...Object.entries(lighthouse).map(
            ([page, s]) =>
              `| ${page} | ${s.runs?.length ?? 1} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.metrics.fcp} ms | ${s.metrics.lcp} ms | ${s.metrics.tbt} ms | ${s.metrics.cls} |`,
          ),
          '',
        ]
      : []),
    ...(sideBySide ? [...sideBySideTable(sideBySide), ''] : []),
    ...Object.entries(results.sizes).map(([name, bytes]) => `${name}: ${Math.round(bytes / 1024)} KB`),
    '',
    '| budget | value | limit | |',
    '| --- | ---: | ---: | --- |',
    ...checked.map((v) => `| ${v.figure} | ${v.value} | ${v.budget} | ${v.met ? 'ok' : 'NOT MET'} |`),
  ];
  return lines.join('\n');
}
