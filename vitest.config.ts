import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Dexie looks for IndexedDB when it loads, so the in-memory implementation must be there first.
    setupFiles: ['fake-indexeddb/auto'],
    // A key derivation (600,000 rounds of PBKDF2) or a thousand generated backups take one to three seconds on a
    // quiet 2-core machine; three times Vitest's 5 s default leaves room for a busy one and still ends a hang.
    testTimeout: 15_000,
    // Every test file makes its own in-memory database and keeps no state in modules, so files share workers
    // instead of each starting a fresh one: 42 s instead of 68 s on two cores, and the same 591 results with
    // the files in shuffled order (`--sequence.shuffle.files`).
    isolate: false,
    // One worker per core. Vitest 5 leaves one core to itself, which on a 2-core machine ran every file in one
    // worker while the other core idled: 122 s for the 1,080 tests, 76 s with two workers (2026-12-07).
    maxWorkers: availableParallelism(),
  },
});
