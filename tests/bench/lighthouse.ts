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
}

/**
 * Runs Lighthouse on each address in one Chromium with the given profile, so app pages show the data the
 * benchmark seeded there (Lighthouse is told not to clear the site's storage).
 */
export async function runLighthouse(
  urls: Record<string, string>,
  userDataDir: string,
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
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        disableStorageReset: true,
      });
      const categories = result?.lhr.categories;
      const audit = (id: string): number =>
        Math.round((result?.lhr.audits[id]?.numericValue ?? 0) * 1000) / 1000;
      const score = (id: string): number => Math.round((categories?.[id]?.score ?? 0) * 100);
      scores[name] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        metrics: {
          fcp: Math.round(audit('first-contentful-paint')),
          lcp: Math.round(audit('largest-contentful-paint')),
          tbt: Math.round(audit('total-blocking-time')),
          cls: audit('cumulative-layout-shift'),
        },
      };
    }
    return scores;
  } finally {
    chrome.kill();
  }
}
