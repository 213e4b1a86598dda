// Makes sure the end-to-end tests have a Chromium to drive and LibreOffice to open Word files with, or stops with
// one line saying what to install.
// Order: Debian's headless shell and full Chromium (installed with apt-get when we run as root), else
// Playwright's own download, which works on a person's laptop but not on machines without access to
// Playwright's download host.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL } from './browser-path.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const DEBIAN_PACKAGES = { chromium: SYSTEM_CHROMIUM, 'chromium-headless-shell': SYSTEM_HEADLESS_SHELL };
// The journeys read each Word file as LibreOffice opens it (soffice converts it to PDF), as a director would.
// Writer's own library, not `soffice`, which every LibreOffice part installs and which cannot open a .docx alone.
const OFFICE_PACKAGES = { 'libreoffice-writer-nogui': '/usr/lib/libreoffice/program/libswlo.so' };

function hasPlaywrightChromium() {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

const missing = Object.entries({ ...DEBIAN_PACKAGES, ...OFFICE_PACKAGES })
  .filter(([, path]) => !existsSync(path))
  .map(([name]) => name);

if (missing.length > 0 && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Testbrowser ontbreekt (${missing.join(', ')}): installeren met apt-get …`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    // Either Chromium is enough; the check below says what to do when there is none.
  }
}

if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.error(
    'LibreOffice ontbreekt: de tests lezen elk Word-bestand zoals LibreOffice het opent. Installeer het (Debian/Ubuntu: "sudo apt-get install libreoffice-writer-nogui") en start "npm test" opnieuw.',
  );
  process.exit(1);
}

const hasSystemChromium = Object.values(DEBIAN_PACKAGES).some((path) => existsSync(path));
if (hasSystemChromium || hasPlaywrightChromium()) process.exit(0);

if (!isRoot) {
  console.log('Chromium ontbreekt: Playwright downloadt zijn eigen Chromium …');
  spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], {
    stdio: 'inherit',
  });
  if (hasPlaywrightChromium()) process.exit(0);
}

console.error(
  'Geen testbrowser: installeer Chromium (Debian/Ubuntu: "sudo apt-get install chromium chromium-headless-shell") of voer "npx playwright install chromium" uit, en start "npm test" opnieuw.',
);
process.exit(1);
