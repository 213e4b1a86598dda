import { once } from './once';

// One collator for every comparison: `localeCompare` with a locale builds a new one on each call, which in a
// sort of sixty names was 20 ms of a cycle's first render on a school laptop.
const dutch = once(() => new Intl.Collator('nl-BE'));

/** Two texts in the order a Dutch reader expects (`localeCompare(b, 'nl-BE')`, at a fraction of its cost). */
export function compareDutch(a: string, b: string): number {
  return dutch().compare(a, b);
}

/**
 * Makes the collator now. The first one a page makes costs 20–30 ms (the browser loads its Dutch rules), so a
 * view that will sort soon can make it while it waits for its data, instead of in the task that shows them.
 */
export function prepareDutchOrder(): void {
  dutch();
}
