import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Dexie looks for IndexedDB when it loads, so the in-memory implementation must be there first.
    setupFiles: ['fake-indexeddb/auto'],
  },
});
