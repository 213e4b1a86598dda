import * as strings from '../strings';
import type { RadarAxis, RadarSeriesNames } from './radar-drawing';
import { useDrawnChart } from './use-drawn-chart';

/**
 * The webdiagram of the report: one axis per expectation, the level as the distance from the centre; with a
 * previous year, that year's levels as a dashed second series and a legend naming both years.
 */
export function RadarChart({
  label,
  axes,
  names,
}: {
  label: string;
  axes: readonly RadarAxis[];
  names: RadarSeriesNames;
}) {
  const { canvas, state } = useDrawnChart(JSON.stringify([axes, names]), async (element) => {
    const { drawRadar, PRINT_PIXEL_RATIO } = await import('./radar-drawing');
    return drawRadar(element, axes, names, true, PRINT_PIXEL_RATIO);
  });
  return (
    <>
      {state === 'unavailable' && <p class="muted">{strings.charts.unavailable}</p>}
      {/* Busy until chart.js has loaded and drawn: assistive technology and the tests wait for the picture.
          Kept, hidden, when chart.js could not be loaded: the next change of data tries again on this canvas. */}
      <div class="radar" aria-busy={state === 'drawing'} hidden={state === 'unavailable'}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
    </>
  );
}
