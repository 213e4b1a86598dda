import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Builder, By, Key, error as error_, type WebDriver } from 'selenium-webdriver';
import type { EngineDriver } from './driver.ts';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const PERSISTENT_BROWSER = join(import.meta.dirname, 'webkit', 'persistent-browser.py');
/** WebKitGTK ships the Storage API (navigator.storage) switched off; Safari has it on. */
const FEATURES = '--features=+StorageAPI,+StorageAPIEstimate';

/**
 * WebKitGTK through WebKitWebDriver (classic W3C WebDriver) and selenium-webdriver, in a virtual X display.
 * `private`: Debian's MiniBrowser, whose automation sessions always use ephemeral storage, like Safari's private
 * windows. `persistent`: our small browser on the same engine that keeps website data in `profile`.
 */
export async function launchWebKit(options: {
  storage: 'private' | 'persistent';
  port: number;
  downloads: string;
  profile: string;
  /** Where the browser's standard output goes: WebKit writes its console messages there. */
  output: string;
}): Promise<EngineDriver> {
  const { storage, port, downloads, profile, output } = options;
  mkdirSync(downloads, { recursive: true });
  mkdirSync(dirname(output), { recursive: true });
  const outputFile = openSync(output, 'w');
  // Downloads land in $HOME's download folder, which is $HOME itself when no XDG folders are set up.
  const server: ChildProcess = spawn(
    'xvfb-run',
    ['-a', 'stdbuf', '-oL', '-eL', WEBKIT_DRIVER, `--port=${port}`],
    {
      detached: true,
      stdio: ['ignore', outputFile, outputFile],
      env: { ...process.env, HOME: downloads, XDG_CONFIG_HOME: join(profile, 'config') },
    },
  );
  const stopServer = (): void => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  let driver: WebDriver;
  try {
    driver = await connect(port, {
      // WebKitWebDriver checks the name against what the browser reports of itself.
      browserName: storage === 'private' ? 'MiniBrowser' : 'leersteunspiegel-persistent-webkit',
      'webkitgtk:browserOptions':
        storage === 'private'
          ? {
              binary: MINIBROWSER,
              args: ['--automation', FEATURES, '--enable-write-console-messages-to-stdout=true'],
            }
          : { binary: PERSISTENT_BROWSER, args: ['--automation', `--data-dir=${profile}`, FEATURES] },
    });
  } catch (error) {
    stopServer();
    throw error;
  }
  const capabilities = await driver.getCapabilities();
  const element = (selector: string) => driver.findElement(By.css(selector));
  return {
    downloads,
    version: `${String(capabilities.get('browserName'))} ${String(capabilities.get('browserVersion'))}`,
    goto: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    url: () => driver.getCurrentUrl(),
    run: (fn, ...args) => driver.executeScript(`return (${fn.toString()}).apply(null, arguments);`, ...args),
    click: async (selector) => {
      // WebDriver scrolls an element only just into view, where the page's sticky save status may cover it,
      // and a page may still be scrolling to its #anchor: bring it to the middle until nothing covers it.
      const deadline = Date.now() + 5_000;
      for (;;) {
        const target = await element(selector);
        await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", target);
        try {
          return await target.click();
        } catch (error) {
          if (!(error instanceof error_.ElementClickInterceptedError) || Date.now() > deadline) throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    type: async (selector, text) => (await element(selector)).sendKeys(text),
    pressEnter: async (selector) => (await element(selector)).sendKeys(Key.ENTER),
    chooseFile: async (selector, path) => (await element(selector)).sendKeys(path),
    screenshot: async (path) => writeFileSync(path, await driver.takeScreenshot(), 'base64'),
    // WebKitWebDriver offers no log endpoint (and no BiDi); both browsers write the console to their output.
    consoleLog: () =>
      readFileSync(output, 'utf8')
        .split('\n')
        .filter((line) => line.includes('CONSOLE ')),
    close: async () => {
      try {
        await driver.quit();
      } finally {
        stopServer();
        closeSync(outputFile);
      }
    },
  };
}

/** Opens a session once WebKitWebDriver listens (it takes a moment to start under xvfb-run). */
async function connect(port: number, capabilities: Record<string, unknown>): Promise<WebDriver> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/status`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start on port ${port} within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
}
