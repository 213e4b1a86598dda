import { mkdirSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { QUIET_CHROMIUM_FLAGS } from '../setup/chromium-options.ts';
import type { EngineDriver } from './driver.ts';

/**
 * Firefox over WebDriver BiDi (Playwright cannot drive Debian's Firefox), or Chromium over CDP, through
 * puppeteer-core. Firefox keeps its defaults: the persistent-storage prompt is never answered, as for a user
 * who ignores it.
 */
export async function launchPuppeteer(
  browser: 'firefox' | 'chrome',
  executablePath: string,
  downloads: string,
): Promise<EngineDriver> {
  mkdirSync(downloads, { recursive: true });
  const instance: Browser = await puppeteer.launch(
    browser === 'firefox'
      ? {
          browser,
          protocol: 'webDriverBiDi',
          executablePath,
          headless: true,
          extraPrefsFirefox: {
            'browser.download.dir': downloads,
            'browser.download.folderList': 2,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            // Firefox opens a downloaded PDF in a tab of its own viewer, which puts the app's tab in the
            // background, where timers and input wait up to seconds: every later step took 3-7 s a click.
            'pdfjs.disabled': true,
          },
        }
      : { browser, executablePath, headless: true, args: QUIET_CHROMIUM_FLAGS },
  );
  const page: Page = (await instance.pages())[0] ?? (await instance.newPage());
  if (browser === 'chrome') {
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  }
  const log: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      log.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) =>
    log.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`),
  );
  const element = async (selector: string) => {
    const handle = await page.$(selector);
    if (!handle) throw new Error(`${selector} is no longer in the page`);
    return handle;
  };
  return {
    downloads,
    version: await instance.version(),
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    url: async () => page.url(),
    run: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => unknown, ...(args as unknown[])) as never,
    click: async (selector) => (await element(selector)).click(),
    type: async (selector, text) => (await element(selector)).type(text),
    pressEnter: async (selector) => (await element(selector)).press('Enter'),
    chooseFile: async (selector, path) =>
      ((await element(selector)) as unknown as { uploadFile: (path: string) => Promise<void> }).uploadFile(
        path,
      ),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    consoleLog: () => log,
    close: () => instance.close(),
  };
}
