import type { ComponentChildren } from 'preact';
import * as strings from '../strings';
import { loadChart } from './load-chart';
import { useDrawnChart } from './use-drawn-chart';

/** One series: a stack segment across all bars, or one bar of each group. */
export interface BarSeries {
  label: string;
  colour: string;
  values: number[];
}

/** How the bars are laid out: stacked horizontal bars (counts), or grouped vertical bars (levels 1–4). */
export type BarLayout = 'stacked' | 'grouped';

/**
 * A bar chart drawn by chart.js once it is loaded, with the same numbers as a table (the children) for
 * people who cannot see the canvas or would rather read.
 */
export function BarChart({
  label,
  layout,
  categories,
  series,
  tickLabel,
  valueMax,
  children,
}: {
  /** What the chart shows, for screen readers. */
  label: string;
  layout: BarLayout;
  categories: string[];
  series: BarSeries[];
  /** Words for a value axis tick (a level's name); numbers when absent. */
  tickLabel?: (value: number) => string;
  /** The top of the value axis, when it has a fixed scale (level 4). */
  valueMax?: number;
  /** The accessible alternative: a table with the same numbers. */
  children: ComponentChildren;
}) {
  const key = JSON.stringify({ layout, categories, series });
  const stacked = layout === 'stacked';
  const { canvas, state } = useDrawnChart(key, async (element) => {
    const Chart = await loadChart();
    return new Chart(element, {
      type: 'bar',
      data: {
        labels: categories,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: s.colour,
          borderColor: '#1c2326',
          borderWidth: 0.5,
        })),
      },
      options: {
        indexAxis: stacked ? 'y' : 'x',
        maintainAspectRatio: false,
        scales: {
          [stacked ? 'x' : 'y']: {
            stacked,
            min: 0,
            ...(valueMax === undefined ? {} : { max: valueMax }),
            ticks: {
              precision: 0,
              ...(tickLabel ? { callback: (value: string | number) => tickLabel(Number(value)) } : {}),
            },
          },
          [stacked ? 'y' : 'x']: { stacked },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    });
  });

  return (
    <figure class="chart">
      {state === 'unavailable' && <p class="muted">{strings.charts.unavailable}</p>}
      <div
        class="chart__canvas"
        // Busy until chart.js has loaded and drawn: assistive technology and the tests wait for the picture.
        aria-busy={state === 'drawing'}
        // Kept, hidden, when chart.js could not be loaded: the next change of data tries again on this canvas.
        hidden={state === 'unavailable'}
        style={{ height: stacked ? `${Math.max(8, categories.length * 2.4 + 5)}rem` : '22rem' }}
      >
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
      <figcaption class="chart__table">{children}</figcaption>
    </figure>
  );
}
