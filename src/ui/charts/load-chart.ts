import type { Chart } from 'chart.js';

/** chart.js and its setup, fetched the first time a chart is on screen and shared after that. */
export async function loadChart(): Promise<typeof Chart> {
  return (await import('./chart-setup')).Chart;
}
