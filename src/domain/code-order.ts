/**
 * Two codes in the order of their characters as stored: for what is written to sort so (ISO dates and times,
 * school years such as 2025-2026, ids, keys). `localeCompare` puts these in the same order, but its first call on
 * a page has the browser load its collation rules first (16–18 ms on the cycle list on this machine).
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
