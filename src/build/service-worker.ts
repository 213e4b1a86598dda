import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { SERVICE_WORKER_FILE } from '../ui/offline/service-worker-url';

/**
 * Writes a Workbox service worker into a built site that precaches every page and asset in it — found by
 * glob, so no list of files is kept by hand. Returns how many files it precaches and their total size.
 */
export async function writeServiceWorker(
  site: string,
): Promise<{ count: number; size: number; warnings: string[] }> {
  return generateSW({
    globDirectory: site,
    globPatterns: ['**/*'],
    globIgnores: [
      // Pagefind writes ready-made search interfaces beside its API; the site uses only the API.
      'pagefind/pagefind-*ui.{js,css}',
      'pagefind/pagefind-highlight.js',
    ],
    swDest: join(site, SERVICE_WORKER_FILE),
    // Vite's file names carry a content hash: the name is the revision.
    dontCacheBustURLsMatching: /^_astro\//,
    // App views are addressed with query parameters (?cyclus=…); the page itself is the same file.
    ignoreURLParametersMatching: [/./],
    directoryIndex: 'index.html',
    // A page that was never built (a mistyped address) gets the site's 404 page when there is no network.
    // Precached addresses, this one too, are relative to sw.js, so they follow the site's base path.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
    // A new version waits until the user chooses to reload (src/ui/offline/), so no open form is swapped for
    // a new build mid-edit; the first install takes control at once, so the first visit is offline-ready.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
}

/** Generates the service worker at the end of `astro build`, after the search index it must precache too. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'leersteunspiegel:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
