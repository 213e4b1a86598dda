import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = join(import.meta.dirname, '../../dist');

/**
 * Every page of a built site as a URL path inside it (`/referentiekader/m2/`, `/404.html`), found in its folder
 * (dist/ unless another build is named) so none is forgotten.
 */
export function builtPages(dist = DIST): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name === 'index.html') {
        const folder = relative(dist, dir).split(sep).join('/');
        pages.push(folder ? `/${folder}/` : '/');
      } else if (name.endsWith('.html')) {
        pages.push(`/${relative(dist, path).split(sep).join('/')}`);
      }
    }
  };
  walk(dist);
  if (pages.length === 0)
    throw new Error(`${dist} holds no pages: run \`npm run build\` before the end-to-end tests`);
  return pages.sort();
}

/**
 * Pages that present the referentiekader and must be readable without JavaScript: not search, not the app, not
 * the questionnaire a bevraging's link opens (its questionnaire is in the address, read by script).
 */
export function readingPages(): string[] {
  return builtPages().filter(
    (path) => path !== '/zoeken/' && path !== '/bevraging/' && !path.startsWith('/app/'),
  );
}
