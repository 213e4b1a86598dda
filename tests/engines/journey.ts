import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { smallPdf } from '../e2e/files.ts';
import { markElement, type EngineDriver, type Query } from './driver.ts';

/** Everything the journey needs to know about where it runs. */
export interface JourneyContext {
  driver: EngineDriver;
  /** The site under test, e.g. http://127.0.0.1:4323 */
  origin: string;
  /** Short name of the engine and storage mode, used in messages and in the justification typed. */
  engine: string;
  /** Folder for the screenshot on failure and the downloaded files. */
  artifacts: string;
}

export interface StepResult {
  step: string;
  seconds: number;
}

/** A failed step, with what the page showed and where its screenshot is. */
export class JourneyFailure extends Error {}

/** How long a wait for visible state may take before the step fails (the machine may be busy). */
const WAIT_MS = 20_000;
/** Polling interval while waiting for visible state: not a pause, the wait ends as soon as the state shows. */
const POLL_MS = 100;
/** The longest a step may take: a hung browser command never ends on its own. */
const STEP_MS = 120_000;
const PASSPHRASE = 'zeven groene kikkers dansen';
const PDF_NAME = 'verslag-stuurgroep.pdf';

/**
 * The smoke journey of a new user, the same in every engine: site pages, search, service worker, a cycle, a
 * rating that survives a reload, a bevraging answered in the afnamemodus, evidence with a PDF, the report as .docx, a backup, "alles verwijderen", a
 * restore, an encrypted backup restored. Returns each step's duration; throws a JourneyFailure naming the step.
 */
export async function runJourney(context: JourneyContext): Promise<StepResult[]> {
  const { driver, origin, engine, artifacts } = context;
  mkdirSync(artifacts, { recursive: true });
  const pdf = smallPdf('Verslag stuurgroep');
  const pdfPath = join(artifacts, PDF_NAME);
  writeFileSync(pdfPath, pdf);
  const justification = `Verantwoording bij R1, getest in ${engine}.`;
  const evidenceTitle = `Verslag stuurgroep (${engine})`;
  let cycleId = '';
  const files: Record<'backup' | 'encrypted', string> = { backup: '', encrypted: '' };

  // ---- helpers over the driver ----
  /** ENGINES_TRACE=1 prints how long each action and wait took, to see where a slow engine spends its time. */
  async function timed<T>(what: string, action: () => Promise<T>): Promise<T> {
    const started = Date.now();
    const result = await action();
    if (process.env.ENGINES_TRACE) console.log(`  [${engine}] ${Date.now() - started} ms: ${what}`);
    return result;
  }
  const waitFor = <T>(what: string, probe: () => Promise<T | null | false>, ms = WAIT_MS): Promise<T> =>
    timed(`wait for ${what}`, () => poll(what, probe, ms));
  async function poll<T>(what: string, probe: () => Promise<T | null | false>, ms: number): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value !== null && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`waited ${ms / 1000} s for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  const describe = (q: Query): string => `${q.role} "${q.name}"${q.match ? ` (${q.match})` : ''}`;
  const find = (q: Query, ms?: number): Promise<string> =>
    waitFor(describe(q), () => driver.run(markElement, q), ms);
  const gone = (q: Query): Promise<true> =>
    waitFor(`${describe(q)} to go away`, async () => (await driver.run(markElement, q)) === null);
  /**
   * Clicks once the element stops moving (a view that finishes reading its data may push it down), and for a
   * checkbox or radio waits until it is checked: a click that lands elsewhere fails here, not three steps on.
   */
  const click = async (q: Query): Promise<void> => {
    const target = await stable(await find(q), describe(q));
    await timed(`click ${describe(q)}`, () => driver.click(target));
    if (q.role === 'checkbox' || q.role === 'radio')
      await waitFor(`${describe(q)} to be checked`, async () => (await property(target, 'checked')) === true);
  };
  const stable = (selector: string, what: string): Promise<string> =>
    waitFor(`${what} to stop moving`, () =>
      driver.run(
        (s: string) =>
          new Promise<string | null>((resolve) => {
            const box = (): string => JSON.stringify(document.querySelector(s)?.getBoundingClientRect());
            const before = box();
            // Two samples a moment apart (not animation frames: a headless page may not paint).
            setTimeout(() => resolve(box() === before ? s : null), 50);
          }),
        selector,
      ),
    );
  const type = async (q: Query, text: string): Promise<void> => {
    const field = await find(q);
    await timed(`type into ${describe(q)}`, () => driver.type(field, text));
    await waitFor(`${describe(q)} to hold "${text}"`, async () =>
      String(await property(field, 'value')).endsWith(text),
    );
  };
  /** Waits until the element is the focused one (a view that moves focus does so after it renders). */
  const focused = async (q: Query): Promise<true> => {
    const element = await find(q);
    return waitFor(`${describe(q)} to have focus`, () =>
      driver.run((s: string) => document.activeElement === document.querySelector(s), element),
    );
  };
  const open = async (path: string): Promise<void> => {
    await timed(`load ${path}`, () => driver.goto(`${origin}${path}`));
    await hydrated();
  };
  // Before an island hydrates, a click or a chosen file reaches static HTML with no handler.
  // Settled as a user sees it (as tests/e2e/open-app.ts waits): islands hydrated, no view still reading its
  // data, no chart still drawing. Leaving a page before its chart is drawn cancels the chart's download, which
  // Firefox logs as an error of the service worker that was serving it.
  const hydrated = (): Promise<true> =>
    waitFor('the page to load, its islands to hydrate and its charts to be drawn', () =>
      driver.run(
        () =>
          document.readyState === 'complete' &&
          document.querySelector('h1') !== null &&
          document.querySelector('astro-island[ssr], .app-loading, [aria-busy="true"]') === null,
      ),
    );
  const property = (selector: string, name: 'value' | 'checked'): Promise<unknown> =>
    driver.run(
      (s: string, n: string) =>
        (document.querySelector(s) as unknown as Record<string, unknown> | null)?.[n] ?? null,
      selector,
      name,
    );
  const count = (table: string, expected: number): Promise<true> =>
    waitFor(`${expected} ${table} in "Wat staat er op dit toestel?"`, async () => {
      const shown = await driver.run(
        (t: string) => document.querySelector(`[data-testid="count-${t}"]`)?.textContent?.trim() ?? null,
        table,
      );
      return shown === String(expected);
    });
  const saved = (): Promise<string> => find({ role: 'status', name: 'Opgeslagen op dit toestel' });

  /** Clicks, then waits until exactly one new file matching `pattern` is in the downloads folder, complete. */
  async function download(q: Query, pattern: RegExp, keepAs: string): Promise<string> {
    const selector = await stable(await find(q), describe(q));
    const before = new Set(existsSync(driver.downloads) ? readdirSync(driver.downloads) : []);
    await timed(`click ${describe(q)}`, () => driver.click(selector));
    let lastSize = -1;
    const name = await waitFor(`a download named like ${pattern}`, async () => {
      const names = readdirSync(driver.downloads).filter((n) => !before.has(n));
      if (names.some((n) => /\.(part|crdownload|wkdownload|download)$/.test(n))) return null;
      const file = names.find((n) => pattern.test(n));
      if (!file) return null;
      const size = statSync(join(driver.downloads, file)).size;
      const stable = size > 0 && size === lastSize;
      lastSize = size;
      return stable ? file : null;
    });
    const kept = join(artifacts, keepAs);
    renameSync(join(driver.downloads, name), kept);
    return kept;
  }

  const steps: [string, () => Promise<void>][] = [
    [
      'site pages',
      async () => {
        await open('/');
        await find({ role: 'heading', name: 'Leersteunspiegel', match: 'start' });
        await open('/referentiekader/m2/');
        await waitFor('the title of expectation M2', async () =>
          (await driver.run(() => document.title)).includes('M2'),
        );
        await open('/begrippen/');
        await find({ role: 'heading', name: 'OV4-verslag', match: 'start' });
      },
    ],
    [
      'search',
      async () => {
        await open('/');
        const box = { role: 'field', name: 'Zoek in het referentiekader en de begrippen' } as const;
        await type(box, 'OV4-verslag');
        await driver.pressEnter(await find(box));
        await waitFor('the address /zoeken/?q=OV4-verslag', async () =>
          (await driver.url()).endsWith('/zoeken/?q=OV4-verslag'),
        );
        await find({ role: 'link', name: 'OV4-verslag', within: '.search-results' });
      },
    ],
    [
      'service worker controls the page',
      async () => {
        await open('/');
        // The worker precaches the whole site (about 2.2 MB) before it takes control.
        await waitFor(
          'a service worker to control the page',
          () =>
            driver.run(
              () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker !== undefined,
            ),
          60_000,
        );
      },
    ],
    [
      'a new cycle',
      async () => {
        await open('/app/cyclus/nieuw/');
        await click({ role: 'button', name: 'Volgende' });
        await focused({ role: 'heading', name: 'Stap 2 van 3', match: 'start' });
        await click({ role: 'button', name: 'Volgende' });
        await focused({ role: 'heading', name: 'Stap 3 van 3', match: 'start' });
        await type({ role: 'field', name: 'Naam of alias', match: 'start' }, 'An Peeters');
        await click({ role: 'button', name: 'Zelfevaluatie starten' });
        cycleId = await waitFor('the new cycle’s overview', async () => {
          const url = new URL(await driver.url());
          return url.pathname === '/app/cyclus/' ? url.searchParams.get('cyclus') : null;
        });
        await hydrated();
        await find({ role: 'text', name: '0 van 17 verwachtingen beoordeeld' });
      },
    ],
    [
      'a rating, saved, survives a reload',
      async () => {
        await open(`/app/beoordelen/r1/?cyclus=${cycleId}#beoordeling`);
        await click({ role: 'radio', name: 'volgens de verwachting', match: 'contains' });
        // The first save on a page: in Firefox it must not wait for the storage permission prompt.
        await saved();
        await type({ role: 'field', name: 'Verantwoording', match: 'start' }, justification);
        await saved();
        await driver.reload();
        await hydrated();
        const level = await find({ role: 'radio', name: 'volgens de verwachting', match: 'contains' });
        await waitFor(
          'the chosen level after the reload',
          async () => (await property(level, 'checked')) === true,
        );
        const field = await find({ role: 'field', name: 'Verantwoording', match: 'start' });
        await waitFor(
          'the justification after the reload',
          async () => (await property(field, 'value')) === justification,
        );
      },
    ],
    [
      'a bevraging answered on this device',
      async () => {
        await open(`/app/bevragingen/?cyclus=${cycleId}`);
        await click({ role: 'button', name: 'Nieuwe bevraging' });
        await focused({ role: 'heading', name: 'Nieuwe bevraging' });
        const form = await find({ role: 'form', name: 'Nieuwe bevraging' });
        await click({ role: 'radio', name: 'ouders', within: form });
        await type({ role: 'field', name: 'Hoeveel mensen vraag je?', within: form }, '12');
        await click({ role: 'button', name: 'Bewaren', within: form });
        await find({ role: 'status', name: 'De bevraging van ouders is bewaard.' });
        await click({ role: 'link', name: 'Afname op dit toestel starten Bevraging van ouders' });
        await waitFor('the afnamemodus', async () =>
          new URL(await driver.url()).pathname.endsWith('/afnemen/'),
        );
        await hydrated();
        // Full screen is asked for on this click; an engine that refuses it runs the afname in the window.
        await click({ role: 'button', name: 'Afname starten' });
        await click({ role: 'button', name: 'Beginnen' });
        await click({ role: 'radio', name: 'klopt' });
        while ((await driver.run(markElement, { role: 'button', name: 'Volgende' })) !== null)
          await click({ role: 'button', name: 'Volgende' });
        await click({ role: 'button', name: 'Klaar, verstuur mijn antwoorden' });
        await focused({ role: 'heading', name: 'Bedankt!' });
        await click({ role: 'button', name: 'Volgende persoon' });
        await focused({ role: 'heading', name: 'Welkom' });
        await click({ role: 'button', name: 'Afname stoppen' });
        await click({ role: 'button', name: 'Ja, stoppen' });
        await waitFor(
          'the list of bevragingen',
          async () => new URL(await driver.url()).pathname === '/app/bevragingen/',
        );
        await hydrated();
        const card = await find({ role: 'article', name: 'Bevraging van ouders' });
        await waitFor('one answer in the list', () =>
          driver.run(
            (s: string) =>
              /Antwoorden tot nu toe\s*:?\s*1(?!\d)/.test(document.querySelector(s)?.textContent ?? ''),
            card,
          ),
        );
      },
    ],
    [
      'evidence with a PDF',
      async () => {
        await open(`/app/bronnen/?cyclus=${cycleId}`);
        await click({ role: 'button', name: 'Nieuwe bron toevoegen' });
        // The form moves focus to its heading once it shows; typing before that would lose keys.
        await focused({ role: 'heading', name: 'Nieuwe bron' });
        const form = await find({ role: 'form', name: 'Nieuwe bron' });
        await type({ role: 'field', name: 'Titel', within: form }, evidenceTitle);
        await click({ role: 'checkbox', name: 'R1 — ', match: 'start', within: form });
        await driver.chooseFile(
          await find({ role: 'file', name: 'Bijlagen toevoegen', match: 'start', within: form }),
          pdfPath,
        );
        await find({ role: 'button', name: `Weghalen ${PDF_NAME}`, within: form });
        await click({ role: 'button', name: 'Bewaren', within: form });
        await find({ role: 'status', name: `Bron "${evidenceTitle}" is bewaard.` });
        await gone({ role: 'form', name: 'Nieuwe bron' });
        await driver.reload();
        await hydrated();
        const article = await find({ role: 'article', name: evidenceTitle });
        await find({ role: 'button', name: `Bekijken ${PDF_NAME}`, within: article });
      },
    ],
    [
      'report and its .docx',
      async () => {
        await open(`/app/rapport/?cyclus=${cycleId}`);
        await find({ role: 'article', name: 'Voorbeeld van het rapport' });
        // A team report holds a member's own text only when the team chooses so.
        await click({ role: 'checkbox', name: 'Individuele notities van de deelnemers opnemen' });
        const docx = await download(
          { role: 'button', name: 'Word-bestand (.docx)' },
          /\.docx$/,
          'rapport.docx',
        );
        const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml'] ?? new Uint8Array());
        if (!xml.includes(justification))
          throw new Error(`the .docx does not hold the justification "${justification}"`);
      },
    ],
    [
      'backup, with the PDF byte for byte',
      async () => {
        await open('/app/gegevens/');
        await count('attachments', 1);
        files.backup = await download(
          { role: 'button', name: 'Back-up downloaden' },
          /^leersteunspiegel-backup-.*\.zip$/,
          'backup.zip',
        );
        const zip = unzipSync(readFileSync(files.backup));
        const attachments = Object.entries(zip).filter(([name]) => name.startsWith('attachments/'));
        if (attachments.length !== 1 || !Buffer.from(attachments[0]![1]).equals(pdf))
          throw new Error('the backup does not hold the PDF byte for byte');
        if (!strFromU8(zip['data.json'] ?? new Uint8Array()).includes(justification))
          throw new Error('the backup does not hold the justification');
      },
    ],
    ['alles verwijderen', () => deleteEverything('last-chance-1.zip')],
    [
      'restore, and the PDF comes back byte for byte',
      async () => {
        await restore(files.backup);
        await open(`/app/bronnen/?cyclus=${cycleId}`);
        const article = await find({ role: 'article', name: evidenceTitle });
        const back = await download(
          { role: 'button', name: `Downloaden ${PDF_NAME}`, within: article },
          /\.pdf$/,
          'attachment-after-restore.pdf',
        );
        if (!readFileSync(back).equals(pdf))
          throw new Error('the PDF downloaded after the restore differs from the one chosen');
      },
    ],
    [
      'encrypted backup, deleted, restored',
      async () => {
        await open('/app/gegevens/');
        await count('cycles', 1);
        await click({ role: 'checkbox', name: 'Beveilig de back-up met een wachtwoordzin' });
        await type({ role: 'field', name: 'Wachtwoordzin', match: 'start' }, PASSPHRASE);
        await type({ role: 'field', name: 'Herhaal de wachtwoordzin', match: 'start' }, PASSPHRASE);
        files.encrypted = await download(
          { role: 'button', name: 'Back-up downloaden' },
          /^leersteunspiegel-backup-.*\.zip\.enc$/,
          'backup.zip.enc',
        );
        if (readFileSync(files.encrypted).subarray(0, 8).toString('latin1') !== 'LSPCRYPT')
          throw new Error('the encrypted backup does not start with LSPCRYPT');
        await deleteEverything('last-chance-2.zip');
        await restore(files.encrypted, PASSPHRASE);
        // Who you are on a device never comes from a backup: after deleting everything, say it again.
        await open(`/app/deelnemers/?cyclus=${cycleId}`);
        await click({ role: 'button', name: 'Ik ben An Peeters' });
        await find({ role: 'text', name: 'Op dit toestel ben je nu An Peeters.', match: 'contains' });
        await open(`/app/beoordelen/r1/?cyclus=${cycleId}#beoordeling`);
        const field = await find({ role: 'field', name: 'Verantwoording', match: 'start' });
        await waitFor(
          'the justification after the encrypted restore',
          async () => (await property(field, 'value')) === justification,
        );
      },
    ],
    [
      'service worker still controls the app',
      async () => {
        await waitFor('a service worker to control the page', () =>
          driver.run(
            () => navigator.serviceWorker !== undefined && navigator.serviceWorker.controller !== null,
          ),
        );
      },
    ],
  ];

  async function deleteEverything(keepAs: string): Promise<void> {
    await open('/app/gegevens/');
    await count('cycles', 1);
    await click({ role: 'checkbox', name: 'Ik begrijp dat alle gegevens op dit toestel verdwijnen.' });
    await download(
      { role: 'button', name: 'Alles verwijderen' },
      /^leersteunspiegel-backup-.*\.zip$/,
      keepAs,
    );
    await find({ role: 'text', name: 'Alle gegevens zijn verwijderd.', match: 'start' });
    await count('cycles', 0);
    await count('attachments', 0);
  }

  async function restore(file: string, passphrase?: string): Promise<void> {
    await open('/app/gegevens/');
    await driver.chooseFile(await find({ role: 'file', name: 'Kies een back-upbestand (.zip)' }), file);
    if (passphrase) {
      await type({ role: 'field', name: 'Wachtwoordzin van de back-up', match: 'start' }, passphrase);
      await click({ role: 'button', name: 'Openen' });
    }
    await click({ role: 'radio', name: 'Vervangen', match: 'start' });
    await click({ role: 'button', name: 'Terugzetten' });
    await find({ role: 'text', name: 'De back-up is teruggezet.' });
    await count('cycles', 1);
    await count('attachments', 1);
  }

  const results: StepResult[] = [];
  for (const [step, run] of steps) {
    const started = performance.now();
    try {
      await new Promise<void>((resolve, reject) => {
        // A browser that stops answering fails the step by name, with a screenshot if it still takes one.
        const timer = setTimeout(() => reject(new Error(`no answer within ${STEP_MS / 1000} s`)), STEP_MS);
        run()
          .then(resolve, reject)
          .finally(() => clearTimeout(timer));
      });
    } catch (error) {
      throw await failure(context, step, error);
    }
    results.push({ step, seconds: (performance.now() - started) / 1000 });
  }
  return results;
}

/** The promise's value, or an error after 10 s: a hung browser must not hang the report of its failure. */
function within<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the browser did not answer within 10 s')), 10_000);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Builds the message for a failed step: what was awaited, what the page showed, and a screenshot. */
async function failure(context: JourneyContext, step: string, error: unknown): Promise<JourneyFailure> {
  const { driver, engine, artifacts } = context;
  const screenshot = join(artifacts, 'failure.png');
  let shows = '';
  try {
    await within(driver.screenshot(screenshot));
    shows = await within(
      driver.run(() => {
        const texts = [...document.querySelectorAll('h1, [role="status"], [role="alert"]')]
          .map(
            (element) =>
              `${element.getAttribute('role') ?? element.tagName.toLowerCase()}: "${(element.textContent ?? '').replace(/\s+/g, ' ').trim()}"`,
          )
          .filter((text) => !text.endsWith('""'));
        return `${location.href} shows ${texts.join(', ') || 'no heading, status or alert'}`;
      }),
    );
  } catch (problem) {
    shows = `(could not read the page: ${String(problem)})`;
  }
  // Some WebDriver errors carry only their name (e.g. ElementNotInteractableError).
  const reason = error instanceof Error ? `${error.message || error.name}` : String(error);
  return new JourneyFailure(
    `[${engine}] step "${step}" failed: ${reason}\n  ${shows}\n  screenshot: ${screenshot}`,
  );
}
