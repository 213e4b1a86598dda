import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built pages with Pagefind once Astro has written them, so search runs from static files — and,
 * once the service worker has them, offline. It runs inside `astro build` so that the service worker, which
 * comes after it, can precache the index too.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'leersteunspiegel:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex();
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`${added.page_count} pages indexed for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
