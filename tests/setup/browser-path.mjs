// Where Debian and Ubuntu install Chromium; the tests prefer it over Playwright's own download.
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
// Debian's build of Chromium's headless shell: the browser without its windowing layer, as Playwright itself
// runs headless tests. The same journeys took about a third less CPU in it than in the full browser (user+sys
// 39 s against 61 s for 7 journeys, 2026-12-06), which on two cores is most of what `npm test` waits for.
export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
