// How the webdiagram is drawn, loaded with chart.js when a webdiagram comes near the screen or goes into a
// Word file: not with the report page, which shows its text first.
import { loadChart } from './load-chart';

/** One axis of the webdiagram: an expectation and its level (1–4), or null when it has none. */
export interface RadarAxis {
  code: string;
  level: number | null;
  /** Without a level: the answer instead ("meer informatie nodig"), written under the axis's code. */
  answer?: string | undefined;
  /** With a second series: the level in the previous year, or null when it had none there. */
  previousLevel?: number | null | undefined;
}

/** The names of the webdiagram's series: this year's and, when it draws a second, the previous year's. */
export interface RadarSeriesNames {
  current: string;
  previous?: string | undefined;
}

const CURRENT_COLOUR = '#1f4e5f';
/** Lighter and dashed, with diamond points: told apart from this year's in greyscale too. */
const PREVIOUS_COLOUR = '#5c5c5c';

/** The widest line under an axis, in characters: longer answers wrap, so they stay inside the chart. */
const LABEL_LINE = 14;

/** Words as lines of at most LABEL_LINE characters (a longer word keeps a line of its own). */
function lines(text: string): string[] {
  return text.split(' ').reduce<string[]>((result, word) => {
    const last = result.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LABEL_LINE)
      result[result.length - 1] = `${last} ${word}`;
    else result.push(word);
    return result;
  }, []);
}

/** Drawn at three times the screen's density, so the webdiagram stays sharp when the page is printed. */
export const PRINT_PIXEL_RATIO = 3;
/** For Word, twice is sharp enough at A4 width (about 200 dpi) and keeps the file small. */
const IMAGE_PIXEL_RATIO = 2;

/**
 * The webdiagram on a 0–4 scale: rings numbered 1–4 (the level names are too long for the rings; the table
 * beside the chart gives them in words).
 */
export async function drawRadar(
  canvas: HTMLCanvasElement,
  axes: readonly RadarAxis[],
  names: RadarSeriesNames,
  responsive: boolean,
  pixelRatio: number,
) {
  const Chart = await loadChart();
  const previous = names.previous;
  return new Chart(canvas, {
    type: 'radar',
    data: {
      labels: axes.map((axis) =>
        axis.answer === undefined ? axis.code : [axis.code, ...lines(axis.answer)],
      ),
      datasets: [
        {
          label: names.current,
          data: axes.map((axis) => axis.level),
          backgroundColor: 'rgba(31, 78, 95, 0.2)',
          borderColor: CURRENT_COLOUR,
          pointBackgroundColor: CURRENT_COLOUR,
          borderWidth: 3,
          spanGaps: true,
        },
        ...(previous === undefined
          ? []
          : [
              {
                label: previous,
                data: axes.map((axis) => axis.previousLevel ?? null),
                backgroundColor: 'transparent',
                borderColor: PREVIOUS_COLOUR,
                borderDash: [8, 5],
                borderWidth: 2,
                pointBackgroundColor: PREVIOUS_COLOUR,
                pointStyle: 'rectRot' as const,
                pointRadius: 4,
                spanGaps: true,
              },
            ]),
      ],
    },
    options: {
      responsive,
      maintainAspectRatio: false,
      devicePixelRatio: pixelRatio,
      scales: {
        r: {
          min: 0,
          max: 4,
          ticks: { stepSize: 1, callback: (value) => (Number(value) === 0 ? '' : String(value)) },
          pointLabels: { font: { size: 14, weight: 'bold' } },
        },
      },
      // A legend only when there are two years to tell apart; its lines show solid and dashed, as drawn.
      plugins: {
        legend: {
          display: previous !== undefined,
          position: 'bottom',
          labels: { font: { size: 14 }, boxWidth: 40 },
        },
      },
    },
  });
}

/** The webdiagram as a PNG, for the .docx: drawn off screen at a fixed size. */
export async function radarPng(
  axes: readonly RadarAxis[],
  names: RadarSeriesNames,
): Promise<{ png: Uint8Array; width: number; height: number }> {
  const width = 640;
  const height = 560;
  const canvas = document.createElement('canvas');
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.width = width * IMAGE_PIXEL_RATIO;
  canvas.height = height * IMAGE_PIXEL_RATIO;
  const chart = await drawRadar(canvas, axes, names, false, IMAGE_PIXEL_RATIO);
  chart.resize(width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  chart.destroy();
  if (!blob) throw new Error('The webdiagram could not be drawn');
  return { png: new Uint8Array(await blob.arrayBuffer()), width, height };
}
