import { describe, expect, it } from 'vitest';
import type { LighthouseScores } from '../../bench/lighthouse';
import {
  resultsTable,
  sideBySideTable,
  verdicts,
  type Budgets,
  type MeasuredResults,
  type SideBySide,
} from '../../bench/results';

const scores = (lcps: number[], performance = 100): LighthouseScores => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  metrics: { fcp: 900, lcp: lcps[1] ?? lcps[0]!, tbt: 5, cls: 0 },
  runs: lcps.map((lcp) => ({ performance, fcp: 900, lcp, tbt: 5 })),
});

const SIDE_BY_SIDE: SideBySide = {
  starlight: '0.42.9',
  pairs: {
    expectation: {
      ours: {
        path: '/referentiekader/m2/',
        lighthouse: scores([1208, 1246, 1308]),
        js: { files: 3, rawKB: 2.5, gzipKB: 1.3 },
      },
      starlight: {
        path: '/m2/',
        lighthouse: scores([1106, 1283, 1497], 99),
        js: { files: 16, rawKB: 104.6, gzipKB: 32.7 },
      },
    },
  },
};

describe('the side-by-side with Starlight', () => {
  it('prints each pair of pages, ours first, with the spread of the paints over the runs', () => {
    expect(sideBySideTable(SIDE_BY_SIDE)).toEqual([
      'Side by side with a stock Starlight 0.42.9 site with the same 17 expectation pages (Lighthouse mobile, first visits, median and spread of 3 runs, the pages in turns)',
      '',
      '| page | site | path | performance | FCP | LCP | TBT | JS at load (gzip) |',
      '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
      '| expectation | Leersteunspiegel | /referentiekader/m2/ | 100 | 900 ms (900–900) | 1246 ms (1208–1308) | 5 ms | 1.3 KB (2.5 KB raw, 3 scripts) |',
      '| expectation | Starlight | /m2/ | 99 | 900 ms (900–900) | 1283 ms (1106–1497) | 5 ms | 32.7 KB (104.6 KB raw, 16 scripts) |',
    ]);
  });

  it('shows a single run without a spread', () => {
    const one: SideBySide = {
      starlight: '0.42.9',
      pairs: {
        home: {
          ours: { path: '/', lighthouse: scores([950]), js: { files: 1, rawKB: 1, gzipKB: 0.5 } },
          starlight: { path: '/r1/', lighthouse: scores([1200]), js: { files: 1, rawKB: 1, gzipKB: 0.5 } },
        },
      },
    };
    expect(sideBySideTable(one)[4]).toBe(
      '| home | Leersteunspiegel | / | 100 | 900 ms | 950 ms | 5 ms | 0.5 KB (1 KB raw, 1 script) |',
    );
  });

  it('is part of the results table when it was measured, and is no budget', () => {
    const without: MeasuredResults = { date: '2026-12-07', scale: 1, timingsMs: {}, sizes: {} };
    const results: MeasuredResults = { ...without, sideBySide: SIDE_BY_SIDE };
    const budgets: Budgets = {
      timingsMs: {},
      bulkWriteDexieVsRaw: 1.3,
      jsGzipKB: { reading: 2, search: 25, app: 80 },
      lighthouse: {},
    };
    expect(verdicts(results, budgets)).toEqual([]);
    expect(resultsTable(results, [])).toContain(sideBySideTable(SIDE_BY_SIDE).join('\n'));
    expect(resultsTable(without, [])).not.toContain('Starlight');
  });
});
