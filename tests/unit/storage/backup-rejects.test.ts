import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../src/storage/backup/backup-error';
import { sha256Hex } from '../../../src/domain/sha256';
import { readBackup } from '../../../src/storage/backup/read-backup';
import { restoreBackup } from '../../../src/storage/backup/restore-backup';
import { TABLE_NAMES } from '../../../src/storage/tables';
import { describeBackupError } from '../../../src/ui/data/backup-messages';
import { takeApart, type BackupParts } from './corrupt-backups';
import { importBackup, validBackupWithEverything } from './fuzz-targets';
import { dumpDatabase, freshDatabase } from './test-database';

/** Zips edited parts again with a matching checksum and counts, so that only the edit is wrong. */
async function reassemble(parts: BackupParts): Promise<Uint8Array> {
  const dataBytes = strToU8(JSON.stringify(parts.data));
  const manifest = {
    ...parts.manifest,
    counts: Object.fromEntries(TABLE_NAMES.map((table) => [table, parts.data.tables[table]?.length ?? 0])),
    checksum: await sha256Hex(dataBytes),
  };
  return zipSync({
    ...parts.files,
    'manifest.json': strToU8(JSON.stringify(manifest)),
    'data.json': dataBytes,
  });
}

describe('importing a broken or hostile backup file', () => {
  it('with any one byte changed is either refused with a message or restores exactly what was backed up', async () => {
    const valid = await validBackupWithEverything();
    const expected = freshDatabase();
    await restoreBackup(expected, await readBackup(valid), 'replace');
    const restored = JSON.parse(await dumpDatabase(expected)) as Record<string, unknown>;
    delete restored.snapshots;

    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: valid.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (position, mask) => {
          const bytes = valid.slice();
          bytes[position] = (bytes[position] ?? 0) ^ mask;
          const db = freshDatabase();
          const error = await importBackup(db, bytes);
          const after = JSON.parse(await dumpDatabase(db)) as Record<string, unknown>;
          delete after.snapshots;
          if (error === undefined) expect(after).toEqual(restored);
          else {
            expect(error).toBeInstanceOf(BackupError);
            expect(await db.cycles.count()).toBe(0);
          }
          db.close();
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  describe('with a broken logo, refuses the whole file and changes nothing, as for a broken attachment', () => {
    const withLogo = () =>
      takeApart(
        new Uint8Array(
          readFileSync(join(import.meta.dirname, '../../fixtures/backups/v1-schema14-sample.zip')),
        ),
      );
    const logoFile = (parts: BackupParts) => `logos/${String(parts.data.tables.lscProfiles[0]!.id)}`;

    it('an SVG (or anything not a PNG or JPEG) in its place, its hash made to match', async () => {
      const parts = withLogo();
      const svg = strToU8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      parts.files[logoFile(parts)] = svg;
      (parts.data.tables.lscProfiles[0]!.logo as Record<string, unknown>).sha256 = await sha256Hex(svg);
      const db = freshDatabase();
      const error = await importBackup(db, await reassemble(parts));
      expect(describeBackupError(error as BackupError)).toEqual([
        'Sommige gegevens in de back-up zijn ongeldig:',
        'in profiel van het centrum, record 1, veld "logo.bytes": het logo is geen PNG- of JPEG-afbeelding',
        'Er is niets gewijzigd aan je gegevens.',
      ]);
      expect(await db.lscProfiles.count()).toBe(0);
    });

    it('its file changed or missing', async () => {
      const parts = withLogo();
      const changed = parts.files[logoFile(parts)]!.slice();
      changed[20] = (changed[20] ?? 0) ^ 0xff;
      parts.files[logoFile(parts)] = changed;
      expect(((await importBackup(freshDatabase(), await reassemble(parts))) as BackupError).code).toBe(
        'checksumMismatch',
      );
      delete parts.files[logoFile(parts)];
      expect(((await importBackup(freshDatabase(), await reassemble(parts))) as BackupError).code).toBe(
        'checksumMismatch',
      );
    });

    it('a file larger than a logo may be', async () => {
      const parts = withLogo();
      parts.files[logoFile(parts)] = new Uint8Array(1024 * 1024 + 1);
      expect(((await importBackup(freshDatabase(), await reassemble(parts))) as BackupError).code).toBe(
        'tooLarge',
      );
    });
  });

  it('says which table, record and field are wrong', async () => {
    const parts = takeApart(await validBackupWithEverything());
    parts.data.tables.cycles[0]!.schoolYear = '2025-2027';
    const { strToU8, zipSync } = await import('fflate');
    const { sha256Hex } = await import('../../../src/domain/sha256');
    const dataBytes = strToU8(JSON.stringify(parts.data));
    const manifest = { ...parts.manifest, checksum: await sha256Hex(dataBytes) };
    const bytes = zipSync({
      ...parts.files,
      'manifest.json': strToU8(JSON.stringify(manifest)),
      'data.json': dataBytes,
    });
    const error = await importBackup(freshDatabase(), bytes);
    expect(describeBackupError(error as BackupError)).toEqual([
      'Sommige gegevens in de back-up zijn ongeldig:',
      'in cycli, record 1, veld "schoolYear": het tweede jaar volgt op het eerste (bv. 2025-2026)',
      'Er is niets gewijzigd aan je gegevens.',
    ]);
  });

  it('refuses a condition check that cites evidence the backup does not hold, and says where', async () => {
    const parts = takeApart(await validBackupWithEverything());
    const missing = crypto.randomUUID();
    parts.data.tables.conditionChecks[0]!.evidenceIds = [missing];
    const error = await importBackup(freshDatabase(), await reassemble(parts));
    expect(error).toBeInstanceOf(BackupError);
    expect(describeBackupError(error as BackupError)).toEqual([
      'De back-up is niet samenhangend: sommige gegevens verwijzen naar iets dat ontbreekt:',
      'in voorwaarden (werking), record 1, veld "evidenceIds.0": verwijst naar een bron die niet in de back-up zit',
      'Er is niets gewijzigd aan je gegevens.',
    ]);
  });

  it.each(['recommendations', 'conditionChecks'] as const)(
    'refuses a recommendation or condition check of a cycle the backup does not hold (%s)',
    async (table) => {
      const parts = takeApart(await validBackupWithEverything());
      parts.data.tables[table][0]!.cycleId = crypto.randomUUID();
      const error = await importBackup(freshDatabase(), await reassemble(parts));
      expect((error as BackupError).code).toBe('inconsistent');
      expect((error as BackupError).problems).toEqual([
        { table, index: 0, field: 'cycleId', message: 'verwijst naar een cyclus die niet in de back-up zit' },
      ]);
    },
  );

  it('restores a recommendation linked to an action the backup does not hold: the report ignores that link', async () => {
    const parts = takeApart(await validBackupWithEverything());
    const missing = crypto.randomUUID();
    parts.data.tables.recommendations[0]!.actionIds = [missing];
    const db = freshDatabase();
    expect(await importBackup(db, await reassemble(parts))).toBeUndefined();
    const [restored] = await db.recommendations.toArray();
    expect(restored?.actionIds).toEqual([missing]);
    db.close();
  });

  it('refuses a journal note of a person the backup does not hold, and says where', async () => {
    const parts = takeApart(await validBackupWithEverything());
    parts.data.tables.journalNotes[0]!.participantId = crypto.randomUUID();
    const error = await importBackup(freshDatabase(), await reassemble(parts));
    expect((error as BackupError).code).toBe('inconsistent');
    expect((error as BackupError).problems).toEqual([
      {
        table: 'journalNotes',
        index: 0,
        field: 'participantId',
        message: 'verwijst naar een deelnemer die niet in de back-up zit',
      },
    ]);
  });

  it('refuses a bevraging of a cycle the backup does not hold, and answers to a bevraging it does not hold, and says where', async () => {
    const parts = takeApart(await validBackupWithEverything());
    parts.data.tables.surveys[0]!.cycleId = crypto.randomUUID();
    parts.data.tables.surveyResponses[0]!.surveyId = crypto.randomUUID();
    const error = await importBackup(freshDatabase(), await reassemble(parts));
    expect(describeBackupError(error as BackupError)).toEqual([
      'De back-up is niet samenhangend: sommige gegevens verwijzen naar iets dat ontbreekt:',
      'in bevragingen, record 1, veld "cycleId": verwijst naar een cyclus die niet in de back-up zit',
      'in antwoorden op bevragingen, record 1, veld "surveyId": verwijst naar een bevraging die niet in de back-up zit',
      'Er is niets gewijzigd aan je gegevens.',
    ]);
  });

  it.each(['recommendations', 'conditionChecks', 'journalNotes', 'surveys', 'surveyResponses'] as const)(
    'refuses a backup of the current version without the %s table as damaged',
    async (table) => {
      const parts = takeApart(await validBackupWithEverything());
      delete (parts.data.tables as Partial<typeof parts.data.tables>)[table];
      const error = await importBackup(freshDatabase(), await reassemble(parts));
      expect((error as BackupError).code).toBe('damaged');
    },
  );

  it('does not let a "__proto__" key in a record pollute the app', async () => {
    const parts = takeApart(await validBackupWithEverything());
    const { strToU8, zipSync } = await import('fflate');
    const { sha256Hex } = await import('../../../src/domain/sha256');
    const text = JSON.stringify(parts.data).replace('"tables":{', '"tables":{"__proto__":{"polluted":true},');
    const dataBytes = strToU8(text.replace(/^\{/, '{"__proto__":{"polluted":true},'));
    const manifest = { ...parts.manifest, checksum: await sha256Hex(dataBytes) };
    const bytes = zipSync({
      ...parts.files,
      'manifest.json': strToU8(JSON.stringify(manifest)),
      'data.json': dataBytes,
    });
    await importBackup(freshDatabase(), bytes);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
