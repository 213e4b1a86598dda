import { useEffect, useState } from 'preact/hooks';

/**
 * How many of a long list's `total` items to render now: `slice` at first, then `slice` more in each following
 * task until all are there. A screenful shows at once, and rendering a list of hundreds (five years of
 * evidence) never holds the page for longer than one slice: between slices the browser paints and answers the
 * user. The count only grows, so a list that changes while it fills keeps what it shows.
 */
export function useShownInSlices(total: number, slice: number): number {
  const [count, setCount] = useState(slice);
  useEffect(() => {
    if (count >= total) return undefined;
    const next = setTimeout(() => setCount((shown) => shown + slice), 0);
    return () => clearTimeout(next);
  }, [count, total, slice]);
  return Math.min(count, total);
}
