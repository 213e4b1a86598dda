// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { searchIndex } from './src/build/search-index.ts';
import { serviceWorker } from './src/build/service-worker.ts';

export default defineConfig({
  // Order matters: the service worker precaches what the search index wrote.
  integrations: [preact(), searchIndex(), serviceWorker()],
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets stay external files so a strict Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  // Official text is quoted character for character: no typographic rewriting of quotes or dashes.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  devToolbar: { enabled: false },
});
