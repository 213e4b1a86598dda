import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../../src/storage/tables';
import { aDataset } from './arbitraries';
import { FUZZ_TARGETS } from './fuzz-targets';
import { dumpDatabase, freshDatabase } from './test-database';

/**
 * How many generated files a run feeds to each kind of import: 1,000 in `npm test`, 10,000 in `npm run fuzz`
 * (`vitest --mode fuzz`), or FUZZ_CASES. Each target gets its share.
 */
const CASES = Number(process.env.FUZZ_CASES ?? (import.meta.env.MODE === 'fuzz' ? 10_000 : 1_000));

describe.each(FUZZ_TARGETS)('importing a broken or hostile $name file', (target) => {
  const cases = Math.ceil(CASES * target.share);
  it(
    `takes ${cases} generated files whole or refuses them with a Dutch message, never half`,
    async () => {
      const started = performance.now();
      const db = freshDatabase();
      const [existing] = fc.sample(aDataset, { numRuns: 1, seed: 1 });
      for (const table of TABLE_NAMES) await db.table(table).bulkAdd(existing![table]);
      await target.prepare?.(db);
      const before = await dumpDatabase(db);
      const kinds = new Map<string, number>();
      let taken = 0;

      await fc.assert(
        fc.asyncProperty(await target.brokenFiles(), async (make) => {
          const { kind, bytes } = await make();
          const outcome = await target.importFile(db, bytes);
          if ('refused' in outcome) {
            expect(outcome.refused.length, kind).toBeGreaterThan(0);
            expect(outcome.refused[0]?.length, kind).toBeGreaterThan(20);
            expect(outcome.refused.join('\n'), kind).not.toContain('[object ');
          } else {
            // Every record is stored exactly as the import made it; taken out again, nothing else changed.
            for (const [table, records] of Object.entries(outcome.written)) {
              for (const record of records)
                expect(await db.table(table).get(record.id), kind).toEqual(record);
              await db.table(table).bulkDelete(records.map((record) => record.id));
            }
            taken++;
          }
          expect(await dumpDatabase(db), kind).toBe(before);
          const category = kind.replace(/\[\d+\]/, '').replace(/ \S+ hostile$/, ' hostile');
          kinds.set(category, (kinds.get(category) ?? 0) + 1);
        }),
        { numRuns: cases, endOnFailure: true },
      );
      expect([...kinds.values()].reduce((sum, n) => sum + n, 0)).toBe(cases);
      if (import.meta.env.MODE === 'fuzz') {
        console.info(
          `${target.name}: ${cases} files, ${cases - taken} refused and ${taken} taken whole, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      }
    },
    120_000 + CASES * target.share * 60,
  );
});
