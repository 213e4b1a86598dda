import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../setup/chromium-options';

/** Lighthouse's scores (0–100) for one page, on its default mobile settings. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** What the performance score is made of: paints and blocking time in ms, layout shift as a score. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
  /** How many runs the figures are the median of, and every run's performance score and blocking time. */
  runs?: { performance: number; tbt: number }[];
  /** The main thread's long tasks of each run (as Lighthouse simulates them), longest first: what to shorten next. */
  longTasks?: LongTask[][];
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
 * times one after another and each figure is the median of its runs: on a shared machine one run's score moves
 * by several points with what else happens to be running.
 */
export async function runLighthouse(
  urls: Record<string, string>,
  userDataDir: string,
  runs = 1,
): Promise<Record<string, LighthouseScores>> {
  const { executablePath, args = [] } = chromiumLaunchOptions();
  const chrome = await chromeLauncher.launch({
    ...(executablePath ? { chromePath: executablePath } : {}),
    chromeFlags: ['--headless=new', ...args],
    userDataDir,
  });
  try {
    const scores: Record<string, LighthouseScores> = {};
    for (const [name, url] of Object.entries(urls)) {
      const measured: OneRun[] = [];
      for (let run = 0; run < runs; run++) measured.push(await lighthouseOnce(chrome.port, url));
      const middle = (pick: (s: OneRun) => number): number => median(measured.map(pick));
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
        runs: measured.map((s) => ({ performance: s.performance, tbt: s.metrics.tbt })),
        longTasks: measured.map((s) => s.longTasks),
      };
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

/** One Lighthouse run of one page. */
type OneRun = Omit<LighthouseScores, 'runs' | 'longTasks'> & { longTasks: LongTask[] };

async function lighthouseOnce(port: number, url: string): Promise<OneRun> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    disableStorageReset: true,
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
  };
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
