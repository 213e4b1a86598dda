// @ts-check
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/']),
  tseslint.configs.strict,
  astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // A leading underscore marks a name left out on purpose, e.g. a field dropped by destructuring.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // In tests a wrong assumption fails the test loudly, so asserting a value is there is fine.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
    },
  },
  {
    // The site can be published under any path (BASE_PATH): an address written from the top of the site by hand
    // ('/app/', `/referentiekader/${slug}/`) would leave that path. Build it with sitePath() instead. Build steps
    // in src/build/ handle file paths and are not app code.
    files: ['src/**/*.{ts,tsx,astro}'],
    ignores: ['src/build/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^\\/(?!\\/)/]',
          message: 'Write site addresses with sitePath() from src/ui/site-path.ts, so they follow BASE_PATH.',
        },
        {
          selector: 'TemplateLiteral > TemplateElement:first-child[value.raw=/^\\/(?!\\/)/]',
          message: 'Write site addresses with sitePath() from src/ui/site-path.ts, so they follow BASE_PATH.',
        },
      ],
    },
  },
  {
    // The layers import one way: domain knows nothing of Astro, the browser, storage or the UI.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro', 'astro:*', 'astro/*'], message: 'domain/ is pure TypeScript: no Astro.' },
            {
              group: ['preact', 'preact/*', 'dexie', 'dexie/*'],
              message: 'domain/ knows no UI and no storage.',
            },
            {
              group: ['**/storage/**', '**/ui/**', '**/exports/**', '**/pages/**', '**/collections/**'],
              message: 'domain/ imports none of the other layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Exports render the report model and use domain only; the UI loads them when someone downloads a file.
    files: ['src/exports/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro', 'astro:*', 'astro/*'], message: 'exports/ is plain TypeScript: no Astro.' },
            {
              group: ['preact', 'preact/*', 'dexie', 'dexie/*'],
              message: 'exports/ knows no UI and no storage.',
            },
            {
              group: [
                '**/storage/**',
                '**/ui/**',
                '**/pages/**',
                '**/components/**',
                '**/layouts/**',
                '**/collections/**',
              ],
              message: 'exports/ imports only domain/ (and its own files).',
            },
          ],
        },
      ],
    },
  },
);
