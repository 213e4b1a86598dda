import type { Chart } from 'chart.js';

/**
 * chart.js and its setup, fetched the first time a chart is on screen and shared after that. It resolves in a
 * task of its own, so chart.js's evaluation and each chart's drawing are separate tasks: two charts that came
 * into view together were drawn with chart.js's start in one long task.
 */
export async function loadChart(): Promise<typeof Chart> {
  const setup = await import('./chart-setup');
  await new Promise((resolve) => setTimeout(resolve));
  return setup.Chart;
}
