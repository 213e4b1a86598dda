/**
 * Calls `show` once, when `element` comes within half a screen of the viewport or the page is about to be
 * printed; returns a function that stops waiting. Drawing a chart is one uninterrupted piece of work for
 * chart.js (tens of milliseconds on a school laptop, several charts per view); a chart below the fold that
 * nobody scrolls to need not hold up the page while it opens.
 */
export function whenNearView(element: Element, show: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    show();
    return () => undefined;
  }
  let waiting = true;
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) run();
    },
    { rootMargin: '50% 0px' },
  );
  const stop = (): void => {
    waiting = false;
    observer.disconnect();
    window.removeEventListener('beforeprint', run);
  };
  function run(): void {
    if (!waiting) return;
    stop();
    show();
  }
  observer.observe(element);
  // Printing lays out every page at once without scrolling: the chart must be on paper.
  window.addEventListener('beforeprint', run);
  return stop;
}
