import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { expectationSlug } from '../../src/domain/framework/expectation-code';
import type { ReportContent } from '../../src/ui/report/report-vocabulary';
import { libreOfficePdf } from '../e2e/libreoffice-text';
import { builtPages } from '../e2e/site-pages';
import { outlineOfDocx, outlineOfReportPage } from '../layout/outline';
import { checkPdfLayout } from '../layout/pdf-layout';
import { chromiumLaunchOptions } from '../setup/chromium-options';
import { readConditions, readFramework, readOutline, readSources } from '../unit/domain/report/vocabulary';
import type { bench as BenchApi } from './in-page/bench-api';
import { runLighthouse } from './lighthouse';
import { loadedWeight, pageWeight } from './page-weight';
import {
  resultsTable,
  verdicts,
  weighedPages,
  type Budgets,
  type MeasuredResults,
  type SideBySide,
  type Site,
} from './results';
import { serveSite } from '../e2e/static-site-server';
import { buildStarlightSite, firstPage, pinnedVersions, readExpectationTexts } from './starlight-site';
import { repeat, summarize } from './stats';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const DIST = join(import.meta.dirname, '../../dist');
const OUT = join(import.meta.dirname, '../../test-results/bench-results');
const budgets = JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8')) as Budgets;
const framework = readFramework();
const content: ReportContent = {
  framework: {
    outline: [...framework.outline],
    scale: [...framework.scale],
    goodPracticeCriteria: [...framework.goodPracticeCriteria],
  },
  sections: readOutline(),
  conditions: readConditions(),
  sources: readSources(),
};

test.describe.configure({ mode: 'serial' });

declare global {
  interface Window {
    leersteunspiegelBench: typeof BenchApi;
    benchSeen: Record<string, number>;
  }
}

/** The in-page API, bundled from the app's own modules. */
async function benchScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'in-page/bench-api.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Records, from navigation start, when an element matching each selector first appears. */
function watchFor(selectors: string[]): void {
  window.benchSeen = {};
  const observer = new MutationObserver(() => {
    for (const selector of selectors) {
      if (window.benchSeen[selector] === undefined && document.querySelector(selector)) {
        window.benchSeen[selector] = performance.now();
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

const DASHBOARD = '.dashboard';
const REPORT = 'article.report';

/** Opens a page and returns how long after navigation start `selector` appeared. */
async function timeToShow(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((s) => window.benchSeen[s] !== undefined, selector, { timeout: 60_000 });
  return page.evaluate((s) => window.benchSeen[s] ?? Number.NaN, selector);
}

let context: BrowserContext;
let page: Page;
let script: string;
let cycleId = '';
const results: MeasuredResults = {
  date: new Date().toISOString(),
  scale: SCALE,
  timingsMs: {},
  sizes: {},
};

async function withBench(target: Page): Promise<void> {
  if (!(await target.evaluate(() => 'leersteunspiegelBench' in window)))
    await target.addScriptTag({ content: script });
}

test.beforeAll(async ({ browser }) => {
  script = await benchScript();
  // The site's Content-Security-Policy rightly refuses an injected script; the benchmark is not an attacker.
  context = await browser.newContext({ bypassCSP: true });
  await context.addInitScript(watchFor, [DASHBOARD, REPORT]);
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
});

test('seed a large database through the storage layer', async () => {
  await page.goto('/app/');
  await withBench(page);
  const seeded = await page.evaluate((scale) => window.leersteunspiegelBench.seed(scale), SCALE);
  cycleId = seeded.value.newestCycleId;
  results.seeded = { ms: seeded.ms, counts: seeded.value.counts as Record<string, number> };
  expect(seeded.value.counts.assessments).toBe(10 * 60 * 17 * SCALE);
});

test('dashboard first render and the report page', async () => {
  results.timingsMs.dashboardFirstRender = await repeat(10, () =>
    timeToShow(page, `/app/cyclus/?cyclus=${cycleId}`, DASHBOARD),
  );
  results.timingsMs.reportPageReady = await repeat(5, () =>
    timeToShow(page, `/app/rapport/?cyclus=${cycleId}`, REPORT),
  );
});

test('save and show one rating change', async () => {
  await page.goto(`/app/beoordelen/m2/?cyclus=${cycleId}#beoordeling`);
  await page.locator('.save-status').waitFor({ state: 'attached' });
  results.timingsMs.saveAndShow = await repeat(20, async () => {
    // A person changes a rating now and then, not twenty times a second: let the last change settle.
    await page.waitForTimeout(500);
    return page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const status = document.querySelector('.save-status');
          // Alternate between two levels, so every click is a change.
          const radio = document.querySelector<HTMLInputElement>(
            'input[name="rating"][value="below"]:not(:checked), input[name="rating"][value="meets"]:not(:checked)',
          );
          if (!status || !radio) {
            reject(new Error('the rating form is not there'));
            return;
          }
          const giveUp = setTimeout(() => reject(new Error('the change was not saved within 10 s')), 10_000);
          // The clock starts when the save starts: the autosave's pause after a change (300 ms) is by design.
          let start: number | undefined;
          const observer = new MutationObserver(() => {
            if (start === undefined && status.classList.contains('save-status--saving'))
              start = performance.now();
            if (start !== undefined && status.classList.contains('save-status--saved')) {
              observer.disconnect();
              clearTimeout(giveUp);
              resolve(performance.now() - start);
            }
          });
          observer.observe(status, { attributes: true, childList: true, subtree: true });
          radio.click();
        }),
    );
  });
});

test('report model, Word export, backup and restore, bulk writes', async () => {
  test.setTimeout(20 * 60_000);
  await page.goto('/app/');
  await withBench(page);
  const api = async <T>(call: (arg: { cycleId: string; content: ReportContent }) => Promise<T>): Promise<T> =>
    page.evaluate(call, { cycleId, content });
  results.timingsMs.reportModel = await repeat(
    5,
    async () =>
      (await api(({ cycleId: id, content: c }) => window.leersteunspiegelBench.reportModel(id, c))).ms,
  );
  results.timingsMs.docxExport = await repeat(5, async () => {
    const docx = await api(({ cycleId: id, content: c }) => window.leersteunspiegelBench.docx(id, c));
    results.sizes['report .docx'] = docx.bytes;
    return docx.ms;
  });
  results.timingsMs.surveyResults1000x15 = await repeat(5, async () => {
    const summary = await page.evaluate(() => window.leersteunspiegelBench.surveyResults(1000, 15));
    if (summary.shown !== 15) throw new Error(`${summary.shown} of 15 statements shown`);
    return summary.ms;
  });
  results.timingsMs.backupExport = await repeat(3, async () => {
    const backup = await page.evaluate(() => window.leersteunspiegelBench.backupExport());
    results.sizes['backup .zip'] = backup.bytes;
    return backup.ms;
  });
  results.timingsMs.backupRestore = await repeat(
    3,
    async () => (await page.evaluate(() => window.leersteunspiegelBench.backupRestore())).ms,
  );
  results.timingsMs.contributionImport60 = await repeat(3, async () => {
    const imported = await page.evaluate(() => window.leersteunspiegelBench.contributionImport(60));
    if (imported.added !== 60) throw new Error(`${imported.added} of 60 contributions went in`);
    return imported.ms;
  });
  const runs = {
    put: { dexie: [] as number[], raw: [] as number[] },
    add: { dexie: [] as number[], raw: [] as number[] },
  };
  for (let run = 0; run < 11; run++) {
    const written = await page.evaluate(() => window.leersteunspiegelBench.bulkWrite(10_000));
    // The first run warms up both paths.
    if (run === 0) continue;
    runs.put.dexie.push(written.dexiePutMs);
    runs.put.raw.push(written.rawPutMs);
    runs.add.dexie.push(written.dexieAddMs);
    runs.add.raw.push(written.rawAddMs);
  }
  // The median of each run's own ratio: both paths of a run share the machine's load at that moment, so a busy
  // second moves the ratio less than it moves the two medians taken apart.
  const compared = ({ dexie, raw }: { dexie: number[]; raw: number[] }) => ({
    dexie: summarize(dexie),
    raw: summarize(raw),
    ratio: Math.round(summarize(dexie.map((ms, run) => (ms / (raw[run] ?? ms)) * 1000)).median) / 1000,
  });
  results.bulkWrite = { records: 10_000, put: compared(runs.put), add: compared(runs.add) };
});

test('JavaScript each page type ships', () => {
  results.jsPerPage = Object.fromEntries(
    Object.entries(weighedPages(builtPages())).map(([path, kind]) => [
      path,
      { ...pageWeight(DIST, path), kind },
    ]),
  );
});

/**
 * The pages Lighthouse measures, by the names budgets.json gives them: two reading pages and every app page a
 * team works in, each on the newest cycle of the seeded database (every cycle is as large as the next).
 */
function lighthousePages(baseURL: string, cycle: string): Record<string, string> {
  const forCycle = (path: string): string => `${baseURL}${path}?cyclus=${cycle}`;
  return {
    home: `${baseURL}/`,
    expectation: `${baseURL}/referentiekader/m2/`,
    dashboard: forCycle('/app/cyclus/'),
    report: forCycle('/app/rapport/'),
    consensus: forCycle('/app/consensus/'),
    // The seed makes this device the newest cycle's first participant, so the form is ready to rate.
    rating: forCycle('/app/beoordelen/m2/'),
    evidence: forCycle('/app/bronnen/'),
    actionPlan: forCycle('/app/actieplan/'),
    // Without a choice in the address the comparison shows the latest cycles, the most it shows at first.
    comparison: `${baseURL}/app/vergelijken/`,
  };
}

/** Lighthouse runs per page, of which the median counts (`LIGHTHOUSE_RUNS`, 3 unless told). */
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

test('Lighthouse on home, an expectation and every app page', async ({ playwright, baseURL }) => {
  test.setTimeout(40 * 60_000);
  const profile = mkdtempSync(join(tmpdir(), 'leersteunspiegel-lighthouse-'));
  try {
    const seeding = await playwright.chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions(),
      bypassCSP: true,
    });
    const seedPage = await seeding.newPage();
    await seedPage.goto(`${baseURL}/app/`);
    await withBench(seedPage);
    const seeded = await seedPage.evaluate((scale) => window.leersteunspiegelBench.seed(scale), SCALE);
    await seeding.close();
    results.lighthouse = await runLighthouse(
      lighthousePages(baseURL ?? '', seeded.value.newestCycleId),
      profile,
      LIGHTHOUSE_RUNS,
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

/** Where the benchmark builds the Starlight site: below test-results/, which no linter or check of ours reads. */
const STARLIGHT_ROOT = join(import.meta.dirname, '../../test-results/bench-starlight');
/** The Starlight site's port: the one after ours unless told (`BENCH_STARLIGHT_PORT`). */
const STARLIGHT_PORT = Number(process.env.BENCH_STARLIGHT_PORT ?? Number(process.env.BENCH_PORT ?? 4330) + 1);

/**
 * Our reading pages next to a stock Starlight site with the same 17 expectation pages, built here from the same
 * content/ (so it is never out of date) and served by the same server (`serveSite`, gzipped). Lighthouse measures each pair
 * in turns in one Chromium: ours, Starlight's, ours again, so both share each moment's load. Every run is a
 * first visit: after one visit our service worker serves the pages from its cache, which Starlight has not.
 */
test('reading pages side by side with a stock Starlight site', async ({ baseURL }) => {
  test.setTimeout(20 * 60_000);
  const texts = readExpectationTexts();
  const starlightDist = buildStarlightSite(texts, STARLIGHT_ROOT);
  expect(builtPages(starlightDist)).toEqual(
    expect.arrayContaining(texts.map((t) => `/${expectationSlug(t.expectation.code)}/`)),
  );
  // Starlight has no home page of its own with only these pages: its first page is where a reader starts.
  const pairs: Record<string, Record<Site, string>> = {
    home: { ours: '/', starlight: firstPage(texts) },
    expectation: { ours: '/referentiekader/m2/', starlight: '/m2/' },
  };
  const starlight = await serveSite(starlightDist, '/', STARLIGHT_PORT, { compress: true });
  const profile = mkdtempSync(join(tmpdir(), 'leersteunspiegel-side-by-side-'));
  try {
    const origins: Record<Site, string> = { ours: baseURL ?? '', starlight: starlight.origin };
    const urls = Object.fromEntries(
      Object.entries(pairs).flatMap(([pair, paths]) =>
        (['ours', 'starlight'] as const).map((site) => [`${pair} ${site}`, `${origins[site]}${paths[site]}`]),
      ),
    );
    const scores = await runLighthouse(urls, profile, LIGHTHOUSE_RUNS, {
      interleave: true,
      firstVisit: true,
    });
    const dists: Record<Site, string> = { ours: DIST, starlight: starlightDist };
    const sideBySide: SideBySide = { starlight: pinnedVersions()['@astrojs/starlight'], pairs: {} };
    for (const [pair, paths] of Object.entries(pairs)) {
      const figures = (site: Site) => {
        const lighthouse = scores[`${pair} ${site}`]!;
        return {
          path: paths[site],
          lighthouse,
          js: loadedWeight(dists[site], paths[site], lighthouse.scripts ?? []),
        };
      };
      sideBySide.pairs[pair] = { ours: figures('ours'), starlight: figures('starlight') };
    }
    results.sideBySide = sideBySide;
    // Each page was measured: Lighthouse gives a page it could not load, such as a 404, no figures.
    for (const figures of Object.values(sideBySide.pairs).flatMap((pair) => Object.values(pair)))
      expect(figures.lighthouse.metrics.lcp, figures.path).toBeGreaterThan(0);
  } finally {
    await starlight.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

/** The report of the bench database's largest cycle, printed by the browser and opened in LibreOffice. */
test("layout of the largest cycle's report in print and in Word", async () => {
  test.setTimeout(10 * 60_000);
  // Run alone (`npm run bench -- --grep layout`) it seeds the database itself.
  if (cycleId === '') {
    await page.goto('/app/');
    await withBench(page);
    await page.evaluate((scale) => window.leersteunspiegelBench.seed(scale), SCALE);
  }
  await page.goto('/app/');
  await withBench(page);
  const largest = await page.evaluate(() => window.leersteunspiegelBench.largestCycle());
  await page.goto(`/app/rapport/?cyclus=${largest}`);
  await page.getByRole('article', { name: 'Voorbeeld van het rapport' }).waitFor({ timeout: 60_000 });
  mkdirSync(OUT, { recursive: true });

  await page.emulateMedia({ media: 'print' });
  const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const printOutline = await outlineOfReportPage(page);
  await page.emulateMedia({ media: 'screen' });
  writeFileSync(join(OUT, 'report-print.pdf'), printed);

  const pending = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Word-bestand (.docx)' }).click();
  const docxPath = join(OUT, 'report.docx');
  await (await pending).saveAs(docxPath);
  const word = await libreOfficePdf(docxPath);
  writeFileSync(join(OUT, 'report-libreoffice.pdf'), word);

  const layouts = {
    print: await checkPdfLayout(new Uint8Array(printed), printOutline),
    libreOffice: await checkPdfLayout(
      new Uint8Array(word),
      outlineOfDocx(new Uint8Array(readFileSync(docxPath))),
    ),
  };
  results.layout = Object.fromEntries(
    Object.entries(layouts).map(([format, layout]) => [
      format,
      { pages: layout.pages, issues: layout.issues.length },
    ]),
  );
  writeFileSync(join(OUT, 'layout.json'), `${JSON.stringify(layouts, null, 2)}\n`);
  for (const [format, layout] of Object.entries(layouts)) {
    console.log(`${format}: ${layout.pages} pages, ${layout.issues.length} layout problems`);
    for (const issue of layout.issues) console.log(`  p. ${issue.page} ${issue.problem}: ${issue.detail}`);
  }
  // The budget is none: every page a director hands over should look finished.
  expect(layouts.print.issues).toEqual([]);
  expect(layouts.libreOffice.issues).toEqual([]);
});

test('results against the budgets', () => {
  const checked = verdicts(results, budgets);
  const table = resultsTable(results, checked);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ ...results, verdicts: checked }, null, 2)}\n`);
  writeFileSync(join(OUT, 'results.md'), `${table}\n`);
  console.log(`\n${table}\n\nWritten to ${OUT}/results.{json,md}`);
  expect(checked.filter((verdict) => !verdict.met).map((verdict) => verdict.figure)).toEqual([]);
});
