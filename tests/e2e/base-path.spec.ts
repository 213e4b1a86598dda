import { rmSync } from 'node:fs';
import { expect, test, type BrowserContext } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { buildSite } from './build-site';
import { openApp, waitForPageSettled } from './open-app';
import { restoreBackup } from './sample-data';
import { waitForOfflineReady } from './service-worker';
import { builtPages } from './site-pages';
import { serveSite, type SiteServer } from './static-site-server';
import { teamCycleBackup } from './team-cycle-backup';
import { NO_PAGE_PROBLEMS, watchPage } from './watch-page';
import { sayWhoIAm } from './who-am-i';

/** Where a GitHub Pages project site or a school's intranet would publish it. */
const BASE = '/leersteunspiegel/';

// One build for the file's tests, in one worker, one test after the other.
test.describe.configure({ mode: 'serial' });

let build: string;
let site: SiteServer;
let pages: Set<string>;

test.beforeAll(async () => {
  // A second full build (pages, search index, service worker) under the base path: 28–48 s measured on two
  // cores shared with other test runs (load 8–10), about ¼ minute on quiet ones like `npm run build`.
  test.setTimeout(180_000);
  build = await buildSite(BASE);
  site = await serveSite(build, BASE);
  pages = new Set(builtPages(build).map((path) => BASE + path.slice(1)));
});

test.afterAll(async () => {
  await site.close();
  rmSync(build, { recursive: true, force: true });
});

/** The address of a path inside the published site (`app/` → `http://127.0.0.1:…/leersteunspiegel/app/`). */
const at = (path: string): string => `${site.origin}${BASE}${path}`;

/** Every path on this origin that the browser asked for, the service worker's requests included. */
function requestedPaths(context: BrowserContext): string[] {
  const paths: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === site.origin) paths.push(url.pathname);
  });
  return paths;
}

/** A page and the addresses it names: links, forms, scripts, styles, icons; `leads` for a link or a form. */
interface NamedAddresses {
  page: string;
  status: number;
  addresses: { url: string; leads: boolean }[];
}

/**
 * Runs in the browser: the addresses the page shows now (`urls` null), or those in the HTML of each of `urls` as
 * the page's fetch gets it — from the service worker's cache when it controls the page.
 */
async function namedAddresses(urls: string[] | null): Promise<NamedAddresses[]> {
  const inDocument = (document: Document, base: string): NamedAddresses['addresses'] =>
    [...document.querySelectorAll('[href], [src], form[action]')].flatMap((element) =>
      ['href', 'src', 'action']
        .map((name) => element.getAttribute(name))
        // A link within the page (the skip link's `#inhoud`) does not leave it.
        .filter((value): value is string => value !== null && !value.startsWith('#'))
        .map((value) => ({
          url: new URL(value, base).href,
          leads: element.tagName === 'A' || element.tagName === 'FORM',
        })),
    );
  if (!urls) return [{ page: location.href, status: 200, addresses: inDocument(document, document.baseURI) }];
  return Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url);
      const html = new DOMParser().parseFromString(await response.text(), 'text/html');
      return { page: url, status: response.status, addresses: inDocument(html, url) };
    }),
  );
}

/**
 * What goes wrong in named addresses: a page not served, an address on this origin outside the base path, a
 * link or form that leads to no page of the build. Links to other sites are not ours to check.
 */
function strays(named: NamedAddresses[]): string[] {
  return named.flatMap(({ page, status, addresses }) => [
    ...(status === 200 ? [] : [`${page}: ${status}`]),
    ...addresses
      .map(({ url, leads }) => ({ url: new URL(url), leads }))
      .filter(({ url }) => url.origin === site.origin)
      .filter(({ url, leads }) => !url.pathname.startsWith(BASE) || (leads && !pages.has(url.pathname)))
      .map(({ url }) => `${page} → ${url.pathname}`),
  ]);
}

test.describe('online', () => {
  // This test needs no offline copy; the next one lets the service worker in.
  test.use({ serviceWorkers: 'block' });

  test('published under /leersteunspiegel/, the manifest, the schema and the 404 page stay under that path', async ({
    page,
    context,
  }) => {
    const requested = requestedPaths(context);
    const response = await page.goto(at(''));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leersteunspiegel');

    // The manifest's addresses are relative to it, so the installed app opens and stays inside the base path.
    const manifestUrl = await page
      .locator('link[rel="manifest"]')
      .evaluate((link) => (link as HTMLLinkElement).href);
    const manifest = (await (await page.request.get(manifestUrl)).json()) as {
      id: string;
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    const inManifest = [
      manifest.id,
      manifest.start_url,
      manifest.scope,
      ...manifest.icons.map((icon) => icon.src),
    ];
    const resolved = inManifest.map((address) => new URL(address, manifestUrl).href);
    expect(resolved.filter((address) => !address.startsWith(at('')))).toEqual([]);
    expect(new URL(manifest.start_url, manifestUrl).href).toBe(at(''));
    const cdp = await context.newCDPSession(page);
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);

    const schema = (await (await page.request.get(at('rapport.schema.json'))).json()) as { $id: string };
    expect(schema.$id).toBe(`${BASE}rapport.schema.json`);

    const missing = await page.goto(at('bestaat-niet/'));
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
    expect(strays(await page.evaluate(namedAddresses, null))).toEqual([]);
    expect(requested.filter((path) => !path.startsWith(BASE))).toEqual([]);
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, every page works offline under /leersteunspiegel/, with search and a deep link', async ({
    page,
    context,
  }) => {
    // Caches the site; with no network reads every page from the cache, then opens one page of each kind with axe
    // on some, rates through a deep link and searches: 39 s measured on two cores at load 14, 88 s at load 18
    // (2026-12-06), so it gets the offline journey's three minutes, not a short test's half minute.
    test.setTimeout(180_000);
    const requested = requestedPaths(context);
    await page.goto(at(''));
    await waitForOfflineReady(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(at(''));
    const problems = await watchPage(page, site.origin);
    await context.setOffline(true);

    // Every page of the build comes from the cache, and names only addresses under the base path.
    const everyPage = builtPages(build).map((path) => at(path.slice(1)));
    expect(strays(await page.evaluate(namedAddresses, everyPage))).toEqual([]);

    // No data here yet: the app says where data lives and how to bring it from an old address.
    await openApp(page, at('app/'));
    await page.getByText('Zie je je gegevens niet?').click();
    await expect(page.getByText(`bij het adres van de website (hier ${site.origin})`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Gegevens en back-up' }).last()).toHaveAttribute(
      'href',
      `${BASE}app/gegevens/`,
    );
    await expectNoAxeViolations(page);

    const { file, fixture } = await teamCycleBackup();
    const cycleId = fixture.cycle.id;
    await openApp(page, at('app/gegevens/'));
    await restoreBackup(page, { name: 'team.zip', mimeType: 'application/zip', buffer: file });

    // One page of each route opened in the browser: its scripts, islands and lazily loaded code (charts, the
    // report) come from under the base path. The 17 expectation pages and the 17 rating pages are one route each,
    // where M2 stands for them (the rating page through the deep link below); every-page.spec.ts opens them all.
    const onePerRoute = builtPages(build).filter(
      (path) => !path.startsWith('/app/beoordelen/') && !/^\/referentiekader\/(?!m2\/)[a-z]+\d\/$/.test(path),
    );
    const axeOn = new Set(['/', '/referentiekader/m2/', '/app/cyclus/', '/404.html']);
    for (const path of onePerRoute) {
      const app = path.startsWith('/app/');
      const response = await page.goto(at(path.slice(1)) + (app ? `?cyclus=${cycleId}` : ''));
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
      if (app) await waitForPageSettled(page);
      expect(strays(await page.evaluate(namedAddresses, null))).toEqual([]);
      if (axeOn.has(path)) await expectNoAxeViolations(page);
    }

    // A deep link into a rating, rated; the cycle's own links stay under the base path.
    await openApp(page, at(`app/beoordelen/m2/?cyclus=${cycleId}#beoordeling`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('M2');
    await sayWhoIAm(page, /^Ann Peeters/);
    await page.getByLabel('Verantwoording').fill('Beoordeeld onder /leersteunspiegel/, zonder netwerk.');
    await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(strays(await page.evaluate(namedAddresses, null))).toEqual([]);
    await page
      .getByRole('navigation', { name: 'Deze zelfevaluatie' })
      .getByRole('link', { name: 'Overzicht' })
      .click();
    await expect(page).toHaveURL(at(`app/cyclus/?cyclus=${cycleId}`));

    // Search finds its index under the base path, and its results lead there.
    await page
      .getByRole('searchbox', { name: 'Zoek in het referentiekader en de begrippen' })
      .fill('OV4-verslag');
    await page.keyboard.press('Enter');
    await page.locator('.search-results').getByRole('link', { name: 'OV4-verslag', exact: true }).click();
    await page.waitForURL((url) => url.href.startsWith(at('begrippen/')));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Begrippen');

    // An address that was never built gets the site's own 404 page from the cache.
    await page.goto(at('bestaat-niet/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');

    expect(problems).toEqual(NO_PAGE_PROBLEMS);
    expect(requested.filter((path) => !path.startsWith(BASE))).toEqual([]);
  });
});
