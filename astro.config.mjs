// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  integrations: [preact()],
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
