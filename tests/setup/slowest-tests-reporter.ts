import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** How many of the slowest tests the summary names. */
const LISTED = 10;

/**
 * Names the slowest tests at the end of a run, with the share of its timeout each used, so a test drifting
 * towards its limit is seen before it fails on a busy machine.
 */
export default class SlowestTestsReporter implements Reporter {
  private readonly durations: { title: string; duration: number; timeout: number }[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const title = `${test.location.file.replace(/^.*tests\//, 'tests/')}:${test.location.line} ${test.title}`;
    this.durations.push({ title, duration: result.duration, timeout: test.timeout });
  }

  onEnd(_result: FullResult): void {
    if (this.durations.length === 0) return;
    const slowest = [...this.durations].sort((a, b) => b.duration - a.duration).slice(0, LISTED);
    console.log(`\nDe ${slowest.length} traagste tests:`);
    for (const { title, duration, timeout } of slowest) {
      const share = timeout > 0 ? ` (${Math.round((duration / timeout) * 100)} % van de limiet)` : '';
      console.log(`  ${(duration / 1000).toFixed(1).padStart(6)} s${share}  ${title}`);
    }
  }
}
