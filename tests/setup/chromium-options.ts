import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';
import { SYSTEM_CHROMIUM } from './browser-path.mjs';

/** Flags that keep Chromium from calling home: tests and benchmarks must see only the site's own requests. */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Debian's Chromium where it is installed, otherwise Playwright's own download; always quiet. */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: QUIET_CHROMIUM_FLAGS,
  };
}
