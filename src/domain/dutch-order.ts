import { once } from './once';

// One collator for every comparison: `localeCompare` with a locale builds a new one on each call, which in a
// sort of sixty names was 20 ms of a cycle's first render on a school laptop.
const dutch = once(() => new Intl.Collator('nl-BE'));

/** Two texts in the order a Dutch reader expects (`localeCompare(b, 'nl-BE')`, at a fraction of its cost). */
export function compareDutch(a: string, b: string): number {
  return dutch().compare(a, b);
}
