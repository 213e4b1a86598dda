import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';
import { SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL } from './browser-path.mjs';

/** Flags that keep Chromium from calling home: tests and benchmarks must see only the site's own requests. */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** The first of these browsers that is installed, else Playwright's own download; always quiet. */
function launchOptions(candidates: readonly string[], download: LaunchOptions = {}): LaunchOptions {
  const installed = candidates.find((path) => existsSync(path));
  return { ...(installed ? { executablePath: installed } : download), args: QUIET_CHROMIUM_FLAGS };
}

/**
 * The full Chromium a user runs, with its PDF viewer: for benchmarks, whose figures stand for what users get.
 * Of Playwright's own downloads that is the 'chromium' channel; its default for headless is the shell.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  return launchOptions([SYSTEM_CHROMIUM], { channel: 'chromium' });
}

/** The end-to-end journeys: Debian's headless shell (the lighter engine build), else its full Chromium. */
export function testChromiumLaunchOptions(): LaunchOptions {
  return launchOptions([SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM]);
}
