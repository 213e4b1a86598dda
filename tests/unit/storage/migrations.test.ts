import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_STEPS,
  migrateRecords,
  type StoredRecord,
} from '../../../src/storage/migrations';
import { RECORD_SCHEMAS, TABLE_NAMES, type TableName } from '../../../src/storage/tables';
import { LeersteunspiegelDatabase } from '../../../src/storage/database';

const fixturesDir = join(import.meta.dirname, '../../fixtures/databases');

/** A database as version N of the app left it: records per table, attachment bytes in base64. */
interface DatabaseFixture {
  schemaVersion: number;
  tables: Partial<Record<TableName, StoredRecord[]>>;
}

function loadFixture(version: number): DatabaseFixture {
  return JSON.parse(readFileSync(join(fixturesDir, `v${version}.json`), 'utf8')) as DatabaseFixture;
}

/** Turns the fixture's base64 attachment bytes back into Blobs, as the app stored them. */
function withBlobs(table: TableName, records: StoredRecord[]): StoredRecord[] {
  if (table !== 'attachments') return records;
  return records.map(({ base64, ...record }) => ({
    ...record,
    blob: new Blob([Buffer.from(String(base64), 'base64')], { type: String(record.type ?? '') }),
  }));
}

describe('every schema step', () => {
  it('is numbered 1, 2, 3 … without gaps', () => {
    expect(SCHEMA_STEPS.map((step) => step.version)).toEqual(SCHEMA_STEPS.map((_, index) => index + 1));
  });

  it('has a fixture of the database it produced, so the next step can be tested against real old data', () => {
    const fixtures = readdirSync(fixturesDir).filter((file) => /^v\d+\.json$/.test(file));
    expect(fixtures.sort()).toEqual(SCHEMA_STEPS.map((step) => `v${step.version}.json`).sort());
  });

  it('leaves its input untouched when it migrates a record', () => {
    for (const step of SCHEMA_STEPS) {
      for (const [table, migrate] of Object.entries(step.migrate ?? {})) {
        for (const record of loadFixture(step.version - 1).tables[table as TableName] ?? []) {
          const copy = structuredClone(record);
          migrate(record);
          expect(record, `${step.name} on ${table}`).toEqual(copy);
        }
      }
    }
  });
});

describe.each(SCHEMA_STEPS.map((step) => step.version))('a database written by version %i', (version) => {
  const fixture = loadFixture(version);

  it('opens in the current version with every record kept, migrated and valid', async () => {
    expect(fixture.schemaVersion).toBe(version);
    const name = `fixture-v${version}-${crypto.randomUUID()}`;
    const writer = new LeersteunspiegelDatabase(
      name,
      SCHEMA_STEPS.filter((step) => step.version <= version),
    );
    for (const table of TABLE_NAMES) {
      await writer.table(table).bulkAdd(withBlobs(table, fixture.tables[table] ?? []));
    }
    writer.close();

    const current = new LeersteunspiegelDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const table of TABLE_NAMES) {
      const expected = migrateRecords(table, withBlobs(table, fixture.tables[table] ?? []), version);
      const stored = await current.table(table).toArray();
      expect(stored.length, table).toBe(expected.length);
      for (const record of stored)
        expect(RECORD_SCHEMAS[table].safeParse(record).success, `${table} ${String(record.id)}`).toBe(true);
      expect(stored.map((record) => record.id).sort(), table).toEqual(
        expected.map((record) => record.id).sort(),
      );
    }
    current.close();
  });
});
