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
  // No syntax highlighting: the content has no code, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' blob: data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
    },
  },
});
