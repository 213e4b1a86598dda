/** Median and 95th percentile of a set of timings (nearest-rank), rounded to 0.1 ms. */
export interface Summary {
  runs: number;
  median: number;
  p95: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return { runs: sorted.length, median: round(rank(0.5)), p95: round(rank(0.95)) };
}

/** Runs a measurement `runs` times after one warm-up run, and summarizes what it returns. */
export async function repeat(runs: number, measure: () => Promise<number>): Promise<Summary> {
  await measure();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await measure());
  return summarize(samples);
}

/**
 * The order in which `runs` measurements of each named thing are taken: all of one after another, or (`interleave`)
 * one of each per round, so things compared with each other are measured under the same moment's load.
 */
export function turns(names: readonly string[], runs: number, interleave: boolean): string[] {
  return interleave
    ? Array.from({ length: runs }, () => names).flat()
    : names.flatMap((name) => Array.from({ length: runs }, () => name));
}
