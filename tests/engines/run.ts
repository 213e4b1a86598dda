// `npm run test:engines` (the last step of `npm test`): the smoke journey (journey.ts) in Chromium, Firefox ESR
// and WebKitGTK with private and with persistent storage, against the production build in dist/. Where a browser is
// missing it says in one line what to install and skips it; in CI (CI=true) a missing browser is a failure.
// `--engine firefox` (or webkit-private, webkit-persistent, chromium; comma-separated) runs only those.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM } from '../setup/browser-path.mjs';
import type { EngineDriver } from './driver.ts';
import { serveSite } from '../e2e/static-site-server.ts';
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
  /**
   * Engines of one lane run one after another, and the lanes side by side: WebKit's two storage modes share
   * WebKitWebDriver's port. On two cores the four journeys took 118 s one after another, in two lanes 89 s.
   */
  lane: 'webkit' | 'puppeteer';
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
    lane: 'puppeteer',
    missing: () => (existsSync(FIREFOX) ? [] : ['firefox-esr']),
    launch: (downloads) => launchPuppeteer('firefox', FIREFOX, downloads),
  },
  {
    id: 'webkit-private',
    lane: 'webkit',
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
    lane: 'webkit',
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
    lane: 'puppeteer',
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
const site = await serveSite(join(root, 'dist'), '/', port);
type EngineResult = {
  engine: string;
  version: string;
  passed: boolean;
  seconds: number;
  steps: StepResult[];
};
const summary: EngineResult[] = [];
try {
  const lanes = Map.groupBy(runnable, (engine) => engine.lane);
  await Promise.all(
    [...lanes.values()].map(async (lane) => {
      for (const engine of lane) summary.push(await runEngine(engine, site.origin));
    }),
  );
} finally {
  await site.close();
}
// In the order asked for, whichever lane finished first.
summary.sort((a, b) => wanted.indexOf(a.engine) - wanted.indexOf(b.engine));
writeFileSync(join(results, 'results.json'), `${JSON.stringify(summary, null, 2)}\n`);
process.exit(summary.every((result) => result.passed) ? 0 : 1);

/** The smoke journey in one engine, with its artifacts kept under test-results/engines/<id>; never throws. */
async function runEngine(engine: Engine, origin: string): Promise<EngineResult> {
  const started = performance.now();
  const artifacts = join(results, engine.id);
  const scratch = mkdtempSync(join(tmpdir(), `leersteunspiegel-${engine.id}-`));
  let driver: EngineDriver | undefined;
  let steps: StepResult[] = [];
  let passed = false;
  try {
    driver = await engine.launch(join(scratch, 'downloads'), join(scratch, 'profile'), artifacts);
    const journey = runJourney({ driver, origin, engine: engine.id, artifacts });
    steps = await withTimeout(journey, ENGINE_TIMEOUT_MS, `${engine.id} did not finish the journey`);
    passed = true;
  } catch (error) {
    console.error(`${engine.id}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await driver?.close().catch(() => undefined);
    const log = driver?.consoleLog();
    if (log) writeFileSync(join(artifacts, 'console.txt'), log.join('\n'));
    rmSync(scratch, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${passed ? '✓' : '✗'} ${engine.id} (${driver?.version ?? 'did not start'}): ${seconds.toFixed(1)} s` +
      (passed ? '' : ` — see ${artifacts}`),
  );
  return { engine: engine.id, version: driver?.version ?? '?', passed, seconds, steps };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms / 60_000} min`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
