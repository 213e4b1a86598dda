// Where Debian and Ubuntu install Chromium; the tests prefer it over Playwright's own download.
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
