import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/domain/sha256';
import { BACKUP_FORMAT_VERSION } from '../../../src/storage/backup/format';
import { readBackup } from '../../../src/storage/backup/read-backup';
import { restoreBackup } from '../../../src/storage/backup/restore-backup';
import { CURRENT_SCHEMA_VERSION, migrateRecords, tablesOfVersion } from '../../../src/storage/migrations';
import { loadSchoolYearFigures } from '../../../src/storage/queries';
import { RECORD_SCHEMAS } from '../../../src/storage/record-validation';
import { TABLE_NAMES, isDeviceTable, type TableName } from '../../../src/storage/tables';
import { freshDatabase } from './test-database';

const dir = join(import.meta.dirname, '../../fixtures/backups');
const fixtures = readdirSync(dir).filter((file) => file.endsWith('.zip'));

/** A fixture's manifest and data.json as they are in the file, before any check or migration. */
function unpack(file: string) {
  const files = unzipSync(new Uint8Array(readFileSync(join(dir, file))));
  const json = (path: string): unknown => JSON.parse(new TextDecoder().decode(files[path]));
  return {
    manifest: json('manifest.json') as { schemaVersion: number; counts: Record<string, number> },
    data: json('data.json') as { tables: Partial<Record<TableName, Record<string, unknown>[]>> },
  };
}

describe('backup files written by earlier versions', () => {
  it('include one of every format version so far', () => {
    const versions = new Set(fixtures.map((file) => Number(/^v(\d+)-/.exec(file)?.[1])));
    for (let version = 1; version <= BACKUP_FORMAT_VERSION; version++)
      expect(versions.has(version), `v${version}`).toBe(true);
  });

  it('include one of every schema version so far', () => {
    const versions = new Set(fixtures.map((file) => unpack(file).manifest.schemaVersion));
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version++)
      expect(versions.has(version), `schema version ${version}`).toBe(true);
  });

  it.each(fixtures)('%s still restores completely, attachments included', async (file) => {
    const contents = await readBackup(new Uint8Array(readFileSync(join(dir, file))));
    const db = freshDatabase();
    await restoreBackup(db, contents, 'replace');
    expect(await db.cycles.count()).toBe(contents.manifest.counts.cycles);
    const pdf = (await db.attachments.toArray()).find((attachment) => attachment.type === 'application/pdf');
    expect(new TextDecoder().decode(pdf!.bytes)).toMatch(/^%PDF-1\.4/);
    expect((await db.lscProfiles.toArray())[0]?.name).toBe('LSC Voorbeeld');
  });

  it.each(fixtures)(
    '%s gives a profile with the administration fields, and the figures of each school year it holds',
    async (file) => {
      const { manifest } = unpack(file);
      const db = freshDatabase();
      await restoreBackup(db, await readBackup(new Uint8Array(readFileSync(join(dir, file)))), 'replace');
      const [profile] = await db.lscProfiles.toArray();
      expect(RECORD_SCHEMAS.lscProfiles.parse(profile)).toEqual(profile);
      const years = (await loadSchoolYearFigures(db)).map((figures) => [
        figures.schoolYear,
        figures.trajectories,
      ]);
      if (manifest.schemaVersion < 12) {
        expect(profile).toMatchObject({ institutionNumber: '', directorName: '', contactEmail: '' });
        expect(years).toEqual([]);
      } else {
        expect(profile).toMatchObject({ institutionNumber: '123456', directorName: 'Directeur Voorbeeld' });
        expect(years).toEqual([
          ['2025-2026', 380],
          ['2026-2027', 412],
        ]);
      }
    },
  );

  it.each(fixtures)(
    '%s restores every record unchanged (besides what later schema steps add), and the tables added since its version as empty',
    async (file) => {
      const { manifest, data } = unpack(file);
      const contents = await readBackup(new Uint8Array(readFileSync(join(dir, file))));
      const db = freshDatabase();
      await restoreBackup(db, contents, 'replace');
      const tablesThen = tablesOfVersion(manifest.schemaVersion);
      for (const table of TABLE_NAMES) {
        const inFile = data.tables[table];
        if (tablesThen.has(table)) expect(inFile, table).toBeDefined();
        else {
          expect(inFile ?? [], table).toEqual([]);
          expect(contents.manifest.counts[table], table).toBe(0);
        }
        const stored = (await db.table(table).toArray()) as Record<string, unknown>[];
        // This device's settings never come from a backup.
        if (isDeviceTable(table)) {
          expect(stored, table).toEqual([]);
          continue;
        }
        // The file holds an attachment's or a logo's hash instead of its bytes; compare the restored bytes by
        // their hash.
        const hashed = async ({ bytes, ...record }: Record<string, unknown>) =>
          bytes instanceof Uint8Array ? { ...record, sha256: await sha256Hex(bytes) } : record;
        const asInFile = await Promise.all(
          stored.map(async (record) => {
            const logo = record.logo as Record<string, unknown> | undefined;
            return hashed(logo ? { ...record, logo: await hashed(logo) } : record);
          }),
        );
        const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
          String(a.id).localeCompare(String(b.id));
        const migrated = await migrateRecords(table, inFile ?? [], manifest.schemaVersion);
        expect(asInFile.sort(byId), table).toEqual(migrated.sort(byId));
      }
    },
  );

  it.each(fixtures)("%s gives the centre's logo from schema version 14 on, and none before", async (file) => {
    const { manifest } = unpack(file);
    const db = freshDatabase();
    await restoreBackup(db, await readBackup(new Uint8Array(readFileSync(join(dir, file)))), 'replace');
    const [profile] = await db.lscProfiles.toArray();
    if (manifest.schemaVersion < 14) expect(profile?.logo).toBeUndefined();
    else {
      expect(profile?.logo).toMatchObject({ type: 'image/png', width: 8, height: 4 });
      expect([...profile!.logo!.bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    }
  });
});
