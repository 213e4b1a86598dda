import type { Page } from '@playwright/test';

/**
 * What went wrong while a page loaded: console errors, uncaught exceptions, requests to other origins, and
 * anything the Content-Security-Policy blocked.
 */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

/** No problems at all: what a test expects its `watchPage` result to equal. */
export const NO_PAGE_PROBLEMS: PageProblems = {
  consoleErrors: [],
  pageErrors: [],
  foreignRequests: [],
  cspViolations: [],
};

/** Empties the record, so a page watched for long (one tab for many checks) is judged on what came after. */
export function forgetPageProblems(problems: PageProblems): void {
  for (const list of Object.values(problems)) list.length = 0;
}

/** Starts recording a page's problems; read the returned object after the page has been used. */
export async function watchPage(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    cspViolations: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') problems.foreignRequests.push(request.url());
  });
  // The browser fires `securitypolicyviolation` at the document for every blocked script, style, image,
  // worker or connection; the listener is installed before any of the page's own code runs.
  await page.exposeFunction('reportCspViolation', (violation: string) => {
    problems.cspViolations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: string) => void })
        .reportCspViolation;
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return problems;
}
