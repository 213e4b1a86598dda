// Makes sure the end-to-end tests have a Chromium to drive, or stops with one line saying what to install.
// Order: Debian's chromium (installed with apt-get when we run as root), else Playwright's own download,
// which works on a person's laptop but not on machines without access to Playwright's download host.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM } from './browser-path.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function hasPlaywrightChromium() {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (existsSync(SYSTEM_CHROMIUM) || hasPlaywrightChromium()) process.exit(0);

if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium ontbreekt: installeren met apt-get …');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    // Fall through to the message below.
  }
  if (existsSync(SYSTEM_CHROMIUM)) process.exit(0);
} else {
  console.log('Chromium ontbreekt: Playwright downloadt zijn eigen Chromium …');
  spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], {
    stdio: 'inherit',
  });
  if (hasPlaywrightChromium()) process.exit(0);
}

console.error(
  'Geen testbrowser: installeer Chromium (Debian/Ubuntu: "sudo apt-get install chromium") of voer "npx playwright install chromium" uit, en start "npm test" opnieuw.',
);
process.exit(1);
