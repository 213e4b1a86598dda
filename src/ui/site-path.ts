/**
 * The path the site is published under: `/`, or with `BASE_PATH=/leersteunspiegel/ npm run build` that path.
 * Astro's `base`, which `trailingSlash: 'always'` writes with a slash at both ends; the same value in pages at
 * build time and in islands in the browser.
 */
const BASE = import.meta.env.BASE_URL;

/**
 * The address of a page or file of this site, from its path inside the site without a leading slash
 * (`sitePath('app/')`; `sitePath()` is the home page). Every link is built here so the site works under any
 * path; ESLint refuses an address that starts with `/` written by hand (eslint.config.js).
 */
export function sitePath(path = ''): string {
  return `${BASE}${path}`;
}
