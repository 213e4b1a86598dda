// `npm run test:engines` (the last step of `npm test`): the smoke journey (journey.ts) in Chromium, Firefox ESR
// and WebKitGTK with private and with persistent storage, against the production build in dist/. Where a browser is
// missing it says in one line what to install and skips it; in CI (CI=true) a missing browser is a failure.
// `--engine firefox` (or webkit-private, webkit-persistent, chromium; comma-separated) runs only those.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM } from '../setup/browser-path.mjs';
import type { EngineDriver } from './driver.ts';
import { runJourney, type StepResult } from './journey.ts';
import { launchPuppeteer } from './puppeteer-driver.ts';
import { launchWebKit, MINIBROWSER, WEBKIT_DRIVER } from './webkit-driver.ts';

const root = join(import.meta.dirname, '../..');
const results = join(root, 'test-results/engines');
const FIREFOX = '/usr/bin/firefox-esr';
/** The site's port; WebKitWebDriver listens on the next one. `npm test`'s Chromium suite uses 4322. */
const port = Number(process.env.ENGINES_PORT ?? 4323);
/** A whole journey may take this long before the engine counts as hung. */
const ENGINE_TIMEOUT_MS = 8 * 60_000;

interface Engine {
  id: string;
  /** The Debian packages it needs that are not installed. */
  missing: () => string[];
  launch: (downloads: string, profile: string, artifacts: string) => Promise<EngineDriver>;
}

/** Debian's Chromium, else the one Playwright downloaded (on a laptop); undefined when there is neither. */
function testChromium(): string | undefined {
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  try {
    const own = chromium.executablePath();
    return existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

const hasPythonWebKit = (): boolean =>
  spawnSync('/usr/bin/python3', ['-c', "import gi; gi.require_version('WebKit2', '4.1')"]).status === 0;
const webkitMissing = (): string[] => [
  ...(existsSync(WEBKIT_DRIVER) && existsSync(MINIBROWSER) ? [] : ['webkit2gtk-driver']),
  ...(existsSync('/usr/bin/xvfb-run') ? [] : ['xvfb']),
];

const ENGINES: Engine[] = [
  {
    id: 'firefox',
    missing: () => (existsSync(FIREFOX) ? [] : ['firefox-esr']),
    launch: (downloads) => launchPuppeteer('firefox', FIREFOX, downloads),
  },
  {
    id: 'webkit-private',
    missing: webkitMissing,
    launch: (downloads, profile, artifacts) =>
      launchWebKit({
        storage: 'private',
        port: port + 1,
        downloads,
        profile,
        output: join(artifacts, 'browser-output.txt'),
      }),
  },
  {
    id: 'webkit-persistent',
    missing: () => [...webkitMissing(), ...(hasPythonWebKit() ? [] : ['python3-gi', 'gir1.2-webkit2-4.1'])],
    launch: (downloads, profile, artifacts) =>
      launchWebKit({
        storage: 'persistent',
        port: port + 1,
        downloads,
        profile,
        output: join(artifacts, 'browser-output.txt'),
      }),
  },
  {
    // The same journey in the Chromium the Playwright suite uses, so each engine is held to the same steps.
    id: 'chromium',
    missing: () => (testChromium() ? [] : ['chromium']),
    launch: (downloads) => launchPuppeteer('chrome', testChromium() ?? SYSTEM_CHROMIUM, downloads),
  },
];
const DEFAULT_ENGINES = ['chromium', 'firefox', 'webkit-private', 'webkit-persistent'];

const { values } = parseArgs({ options: { engine: { type: 'string' } } });
const wanted = values.engine?.split(',') ?? DEFAULT_ENGINES;
const unknown = wanted.filter((id) => !ENGINES.some((engine) => engine.id === id));
if (unknown.length > 0) {
  console.error(`Unknown engine ${unknown.join(', ')}; choose from ${ENGINES.map((e) => e.id).join(', ')}.`);
  process.exit(2);
}
const chosen = ENGINES.filter((engine) => wanted.includes(engine.id));
const missing = [...new Set(chosen.flatMap((engine) => engine.missing()))];
const runnable = chosen.filter((engine) => engine.missing().length === 0);
if (missing.length > 0) {
  const skipped = chosen.filter((engine) => !runnable.includes(engine)).map((engine) => engine.id);
  const install = `"sudo apt-get install ${missing.join(' ')}" (Debian/Ubuntu)`;
  if (process.env.CI === 'true') {
    console.error(
      `Browsertest in ${skipped.join(', ')} kan niet draaien: in CI moet elke browser er zijn. Installeer ${install}; .ci/run doet dat.`,
    );
    process.exit(1);
  }
  console.log(`Browsertest in ${skipped.join(', ')} overgeslagen: installeer ${install} om ze te draaien.`);
  if (runnable.length === 0) process.exit(0);
}
if (!existsSync(join(root, 'dist/index.html'))) {
  console.error('dist/ holds no site: run `npm run build` before the engine smoke.');
  process.exit(1);
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const preview = await startPreview();
const summary: { engine: string; version: string; passed: boolean; seconds: number; steps: StepResult[] }[] =
  [];
try {
  for (const engine of runnable) {
    const started = performance.now();
    const artifacts = join(results, engine.id);
    const scratch = mkdtempSync(join(tmpdir(), `leersteunspiegel-${engine.id}-`));
    let driver: EngineDriver | undefined;
    let steps: StepResult[] = [];
    let passed = false;
    try {
      driver = await engine.launch(join(scratch, 'downloads'), join(scratch, 'profile'), artifacts);
      const journey = runJourney({ driver, origin: preview.origin, engine: engine.id, artifacts });
      steps = await withTimeout(journey, ENGINE_TIMEOUT_MS, `${engine.id} did not finish the journey`);
      passed = true;
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
    } finally {
      await driver?.close().catch(() => undefined);
      const log = driver?.consoleLog();
      if (log) writeFileSync(join(artifacts, 'console.txt'), log.join('\n'));
      rmSync(scratch, { recursive: true, force: true });
    }
    const seconds = (performance.now() - started) / 1000;
    summary.push({ engine: engine.id, version: driver?.version ?? '?', passed, seconds, steps });
    console.log(
      `${passed ? '✓' : '✗'} ${engine.id} (${driver?.version ?? 'did not start'}): ${seconds.toFixed(1)} s` +
        (passed ? '' : ` — see ${artifacts}`),
    );
  }
} finally {
  preview.stop();
}
writeFileSync(join(results, 'results.json'), `${JSON.stringify(summary, null, 2)}\n`);
process.exit(summary.every((result) => result.passed) ? 0 : 1);

/** `astro preview` of dist/ on its own port, as the Playwright suite serves it. */
async function startPreview(): Promise<{ origin: string; stop: () => void }> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [
      'node_modules/astro/bin/astro.mjs',
      'preview',
      '--ignore-lock',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const stop = (): void => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (server.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(
        `astro preview did not serve ${origin}/ (is port ${port} free? ENGINES_PORT picks another)`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, stop };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms / 60_000} min`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
