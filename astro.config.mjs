// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { baseInMarkdownLinks } from './src/build/markdown-links.ts';
import { searchIndex } from './src/build/search-index.ts';
import { serviceWorker } from './src/build/service-worker.ts';

/**
 * No <link rel="modulepreload"> for the chunks a lazy import needs: Vite's helper adds one for every dependency,
 * also for modules the page has already loaded, and Firefox fires an error (logged in its console) for each of
 * those. A lazy chunk then fetches what it still lacks itself; the app's lazy chunks are small and few. A plugin,
 * because Astro sets `build.modulePreload` itself and only a client environment setting overrides it.
 * @returns {import('vite').Plugin}
 */
function withoutModulePreload() {
  return {
    name: 'leersteunspiegel:without-module-preload',
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
  };
}

/**
 * The path the site is published under, from BASE_PATH (`/leersteunspiegel/` for
 * https://<org>.github.io/leersteunspiegel/; README, "Zelf hosten"), with a slash at both ends; `/` without it.
 * Every link, asset, the manifest, the service worker and the search index follow it (src/ui/site-path.ts).
 */
function basePath() {
  const value = process.env.BASE_PATH ?? '';
  if (/[:?#\s\\]/.test(value))
    throw new Error(`BASE_PATH is a path such as /leersteunspiegel/, not "${value}"`);
  const segments = value.split('/').filter(Boolean);
  return segments.length > 0 ? `/${segments.join('/')}/` : '/';
}
const base = basePath();

export default defineConfig({
  base,
  // Order matters: the service worker precaches what the search index wrote.
  integrations: [preact(), searchIndex(), serviceWorker()],
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets stay external files so a strict Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  // Official text is quoted character for character: no typographic rewriting of quotes or dashes.
  // No syntax highlighting: the content has no code, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: {
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [baseInMarkdownLinks(base)] }),
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [withoutModulePreload()],
    resolve: {
      // Dexie's package entry wraps its ES5-level build (dist/dexie.js) to guard against two copies under
      // Node's dual-package hazard, which a browser bundle with one copy does not have. Its modern ES module
      // is the same Dexie without the down-levelling: 1.5 KB less gzip on every page that opens the database.
      alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
    },
  },
  // A strict Content-Security-Policy as a <meta> element on every page. Astro adds script-src and style-src with
  // the hashes of its own inline scripts and styles, so neither needs 'unsafe-inline'. blob: for images only: an
  // attachment opened in a new tab is a blob: document that inherits this policy. HTTP-only directives
  // (frame-ancestors) are in the README under "Zelf hosten". No manifest-src: WebKit does not know the directive
  // and logs a warning for it on every page, and where a browser knows it, it falls back to default-src 'self'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
      ],
    },
  },
});
