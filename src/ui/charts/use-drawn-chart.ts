import { useEffect, useRef, useState } from 'preact/hooks';
import { whenNearView } from './when-near-view';

/**
 * Where a chart is: waiting to come near the screen, chart.js still loading or drawing, drawn, or unavailable
 * (its code could not be fetched).
 */
export type ChartState = 'waiting' | 'drawing' | 'drawn' | 'unavailable';

/**
 * Draws a chart on the canvas whenever `key` changes, once the canvas is near the screen (or the page is
 * printed), and destroys it when the key changes again or the view goes. When chart.js cannot be fetched
 * (offline before it was ever cached, or the page left while it loaded), the chart is `unavailable` instead of
 * busy for ever, and the error is handled here rather than left uncaught.
 */
export function useDrawnChart(
  key: string,
  draw: (canvas: HTMLCanvasElement) => Promise<{ destroy(): void }>,
): { canvas: { current: HTMLCanvasElement | null }; state: ChartState } {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<ChartState>('waiting');
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    const element = canvas.current;
    if (!element) return undefined;
    setState('waiting');
    const stopWaiting = whenNearView(element, () => {
      setState('drawing');
      draw(element).then(
        (drawn) => {
          if (cancelled) drawn.destroy();
          else {
            chart = drawn;
            setState('drawn');
          }
        },
        () => {
          if (!cancelled) setState('unavailable');
        },
      );
    });
    return () => {
      cancelled = true;
      stopWaiting();
      chart?.destroy();
    };
  }, [key]);
  return { canvas, state };
}
