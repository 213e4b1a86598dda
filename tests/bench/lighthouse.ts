import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../setup/chromium-options';
import { turns } from './stats';

/** Lighthouse's scores (0–100) for one page, on its default mobile settings. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** What the performance score is made of: paints and blocking time in ms, layout shift as a score. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
  /** How many runs the figures are the median of, and every run's performance score, paints and blocking time. */
  runs?: { performance: number; fcp?: number; lcp?: number; tbt: number }[];
  /** The main thread's long tasks of each run (as Lighthouse simulates them), longest first: what to shorten next. */
  longTasks?: LongTask[][];
  /**
   * The site's own scripts the page loaded in any run, as paths inside the site: also those a script loads
   * with `import()` before anyone touches the page, which no look at the built files can tell apart from
   * those it loads on a click.
   */
  scripts?: string[];
}

/** One long task: the script Lighthouse blames and its (simulated) duration in ms. */
export interface LongTask {
  url: string;
  ms: number;
}

/** The median of a list of numbers (the lower middle of an even count: a budget is not met by averaging). */
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

/**
 * Runs Lighthouse on each address in one Chromium with the given profile, so app pages show the data the
 * benchmark seeded there (Lighthouse is told not to clear the site's storage). Each page is measured `runs`
 * times and each figure is the median of its runs: on a shared machine one run's score moves by several points
 * with what else happens to be running. By default a page's runs follow one another; `interleave` measures
 * every page once per round instead, so pages that are compared with each other share each moment's load.
 * `firstVisit` lets Lighthouse clear the site's storage and cache before each run, service worker included:
 * every run is then someone's first visit, as it is for a site without a service worker.
 */
export async function runLighthouse(
  urls: Record<string, string>,
  userDataDir: string,
  runs = 1,
  { interleave = false, firstVisit = false }: { interleave?: boolean; firstVisit?: boolean } = {},
): Promise<Record<string, LighthouseScores>> {
  const { executablePath, args = [] } = chromiumLaunchOptions();
  const chrome = await chromeLauncher.launch({
    ...(executablePath ? { chromePath: executablePath } : {}),
    chromeFlags: ['--headless=new', ...args],
    userDataDir,
  });
  try {
    const names = Object.keys(urls);
    const measured = new Map<string, OneRun[]>(names.map((name) => [name, []]));
    for (const name of turns(names, runs, interleave))
      measured.get(name)?.push(await lighthouseOnce(chrome.port, urls[name] ?? '', firstVisit));
    const scores: Record<string, LighthouseScores> = {};
    for (const [name, ofPage] of measured) {
      const middle = (pick: (s: OneRun) => number): number => median(ofPage.map(pick));
      scores[name] = {
        performance: middle((s) => s.performance),
        accessibility: middle((s) => s.accessibility),
        bestPractices: middle((s) => s.bestPractices),
        metrics: {
          fcp: middle((s) => s.metrics.fcp),
          lcp: middle((s) => s.metrics.lcp),
          tbt: middle((s) => s.metrics.tbt),
          cls: middle((s) => s.metrics.cls),
        },
        runs: ofPage.map((s) => ({
          performance: s.performance,
          fcp: s.metrics.fcp,
          lcp: s.metrics.lcp,
          tbt: s.metrics.tbt,
        })),
        longTasks: ofPage.map((s) => s.longTasks),
        scripts: [...new Set(ofPage.flatMap((s) => s.scripts))].sort(),
      };
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

/** One Lighthouse run of one page. */
type OneRun = Omit<LighthouseScores, 'runs' | 'longTasks' | 'scripts'> & {
  longTasks: LongTask[];
  scripts: string[];
};

async function lighthouseOnce(port: number, url: string, firstVisit: boolean): Promise<OneRun> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    disableStorageReset: !firstVisit,
  });
  const categories = result?.lhr.categories;
  const audit = (id: string): number => Math.round((result?.lhr.audits[id]?.numericValue ?? 0) * 1000) / 1000;
  const score = (id: string): number => Math.round((categories?.[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    metrics: {
      fcp: Math.round(audit('first-contentful-paint')),
      lcp: Math.round(audit('largest-contentful-paint')),
      tbt: Math.round(audit('total-blocking-time')),
      cls: audit('cumulative-layout-shift'),
    },
    longTasks: longTasksOf(result?.lhr.audits['long-tasks']?.details),
    scripts: sameSiteScripts(url, result?.lhr.audits['network-requests']?.details),
  };
}

/** The network-requests audit's scripts from the page's own site, as paths inside it. */
function sameSiteScripts(pageUrl: string, details: unknown): string[] {
  const items = (details as { items?: { url?: unknown; resourceType?: unknown }[] } | undefined)?.items ?? [];
  const origin = new URL(pageUrl).origin;
  return items
    .filter((item) => item.resourceType === 'Script' && typeof item.url === 'string')
    .map((item) => new URL(item.url as string))
    .filter((script) => script.origin === origin)
    .map((script) => script.pathname);
}

/** The long-tasks audit's rows, without the site's address so they read as the app's own file names. */
function longTasksOf(details: unknown): LongTask[] {
  const items = (details as { items?: { url?: unknown; duration?: unknown }[] } | undefined)?.items ?? [];
  return items
    .map((item) => ({
      url: typeof item.url === 'string' ? item.url.replace(/^https?:\/\/[^/]+/, '') : 'onbekend',
      ms: typeof item.duration === 'number' ? Math.round(item.duration) : 0,
    }))
    .sort((a, b) => b.ms - a.ms);
}
