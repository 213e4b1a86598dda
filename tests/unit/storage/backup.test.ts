import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { type Cycle } from '../../../src/domain/cycle';
import { createCycle } from '../../../src/domain/cycle-schema';
import { createLscProfile } from '../../../src/domain/lsc-profile';
import { createSchoolYearFigures, figuresIdOf } from '../../../src/domain/school-year-figures';
import { createSettings } from '../../../src/domain/settings';
import { type Survey } from '../../../src/domain/survey/survey';
import { createSurvey } from '../../../src/domain/survey/survey-schema';
import { type SurveyResponse } from '../../../src/domain/survey/survey-response';
import { SurveyResponseSchema } from '../../../src/domain/survey/survey-response-schema';
import { readBackup } from '../../../src/storage/backup/read-backup';
import { deleteAllData, restoreBackup } from '../../../src/storage/backup/restore-backup';
import { backupFileName } from '../../../src/storage/backup/file-name';
import { createBackup } from '../../../src/storage/backup/write-backup';
import { SnapshotRefusedError, StorageFullError, StorageRefusedError } from '../../../src/storage/errors';
import { CURRENT_SCHEMA_VERSION } from '../../../src/storage/migrations';
import { loadSettings } from '../../../src/storage/queries';
import { saveRecord } from '../../../src/storage/records';
import { TABLE_NAMES, type TableName } from '../../../src/storage/tables';
import type { LeersteunspiegelDatabase } from '../../../src/storage/database';
import { TINY_LOGO_PNG } from '../tiny-logo';
import { aDataset, type Dataset } from './arbitraries';
import { dumpDatabase, freshDatabase } from './test-database';

async function fill(db: LeersteunspiegelDatabase, data: Dataset): Promise<void> {
  for (const table of TABLE_NAMES) await db.table(table).bulkAdd(data[table]);
}

/** Every record a backup carries: without the snapshots and this device's own settings. */
async function userTables(db: LeersteunspiegelDatabase): Promise<string> {
  const dump = JSON.parse(await dumpDatabase(db)) as Record<string, unknown>;
  delete dump.snapshots;
  delete dump.settings;
  return JSON.stringify(dump);
}

/** A filled database, and a checked backup of another one with other data, for a restore that must fail whole. */
async function aDatabaseAndABackupOfAnother(seed: number) {
  const [before, incoming] = fc.sample(aDataset, { numRuns: 2, seed });
  const db = freshDatabase();
  await fill(db, before!);
  const other = freshDatabase();
  await fill(other, incoming!);
  const contents = await readBackup((await createBackup(other)).bytes);
  return { db, other, contents, unchanged: await dumpDatabase(db) };
}

const STATEMENT = 'leraar-samen-onderzocht';

/** A team cycle and a teachers' bevraging that asks one statement. */
function aCycleWithSurvey() {
  const cycle = createCycle({ title: 'Cyclus', schoolYear: '2026-2027', mode: 'team' });
  const survey = createSurvey({
    cycleId: cycle.id,
    group: 'teachers',
    itemIds: [STATEMENT],
    startDate: '2027-01-11',
    endDate: '2027-01-29',
    askedCount: 12,
  });
  return { cycle, survey };
}

/** One answer to the bevraging's statement. */
const answerTo = (survey: Survey, choice: string) =>
  SurveyResponseSchema.parse({
    id: crypto.randomUUID(),
    surveyId: survey.id,
    answers: { [STATEMENT]: choice },
    channel: 'kiosk',
  });

/** A database holding the cycle, the bevraging and these answers to it. */
async function aDatabaseWith(cycle: Cycle, survey: Survey, responses: SurveyResponse[] = []) {
  const db = freshDatabase();
  await db.cycles.add(cycle);
  await db.surveys.add(survey);
  await db.surveyResponses.bulkAdd(responses);
  return db;
}

describe('backup and restore', () => {
  it('gives back exactly the same records and attachments, for arbitrary valid data', async () => {
    await fc.assert(
      fc.asyncProperty(aDataset, async (data) => {
        const source = freshDatabase();
        await fill(source, data);
        const { bytes } = await createBackup(source);

        const target = freshDatabase();
        await restoreBackup(target, await readBackup(bytes), 'replace');
        expect(await userTables(target)).toBe(await userTables(source));
        source.close();
        target.close();
      }),
      { numRuns: 60 },
    );
  });

  it("carries the centre's logo as a file beside data.json and gives its bytes, type and size back", async () => {
    const db = freshDatabase();
    const bytes = TINY_LOGO_PNG;
    const profile = { ...createLscProfile(), name: 'LSC Kempen' };
    await db.lscProfiles.add({ ...profile, logo: { type: 'image/png', width: 8, height: 4, bytes } });
    const backup = await createBackup(db);
    const files = unzipSync(backup.bytes);
    expect(files[`logos/${profile.id}`]).toEqual(bytes);
    expect(new TextDecoder().decode(files['data.json'])).not.toContain('"bytes"');

    const target = freshDatabase();
    await restoreBackup(target, await readBackup(backup.bytes), 'replace');
    expect(await userTables(target)).toBe(await userTables(db));
    expect((await target.lscProfiles.get(profile.id))?.logo).toMatchObject({ type: 'image/png', width: 8 });
  });

  it('writes a manifest with format, versions, date, counts and the checksum of data.json', async () => {
    const db = freshDatabase();
    await saveRecord(db, 'cycles', createCycle({ title: 'Cyclus', schoolYear: '2026-2027', mode: 'team' }));
    const { bytes, manifest } = await createBackup(db, new Date('2026-11-24T12:00:00Z'));
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['data.json', 'manifest.json']);
    expect(manifest).toMatchObject({
      format: 'leersteunspiegel-backup',
      formatVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-11-24T12:00:00.000Z',
      counts: { cycles: 1, attachments: 0, recommendations: 0, conditionChecks: 0 },
    });
    expect(manifest.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(backupFileName(new Date('2026-11-24T12:00:00Z'))).toBe('leersteunspiegel-backup-2026-11-24.zip');
  });

  it('gives the same data the same checksum, so two backups can be compared', async () => {
    const [data] = fc.sample(aDataset, { numRuns: 1, seed: 7 });
    const db = freshDatabase();
    await fill(db, data!);
    const first = await createBackup(db, new Date('2026-01-01T00:00:00Z'));
    const second = await createBackup(db, new Date('2026-06-01T00:00:00Z'));
    expect(second.manifest.checksum).toBe(first.manifest.checksum);
  });

  it('keeps an automatic snapshot of the data as it was before a restore', async () => {
    const [before, incoming] = fc.sample(aDataset, { numRuns: 2, seed: 3 });
    const db = freshDatabase();
    await fill(db, before!);
    const original = await userTables(db);
    const other = freshDatabase();
    await fill(other, incoming!);

    const report = await restoreBackup(db, await readBackup((await createBackup(other)).bytes), 'replace');
    const snapshot = await db.snapshots.get(report.snapshotId!);
    expect(snapshot?.reason).toBe('beforeRestore');

    const undo = freshDatabase();
    await restoreBackup(undo, await readBackup(snapshot!.bytes), 'replace');
    expect(await userTables(undo)).toBe(original);
  });

  it('changes nothing when the browser refuses the automatic snapshot, and restores without it once the user agrees', async () => {
    const { db, other, contents, unchanged } = await aDatabaseAndABackupOfAnother(13);
    // As WebKit refused a Blob in a private window.
    vi.spyOn(db.snapshots, 'add').mockRejectedValue(
      new DOMException('Error preparing Blob/File data to be stored in object store', 'UnknownError'),
    );

    const refused = restoreBackup(db, contents, 'replace');
    await expect(refused).rejects.toBeInstanceOf(SnapshotRefusedError);
    await expect(refused).rejects.toHaveProperty('cause', expect.any(StorageRefusedError));
    expect(await dumpDatabase(db)).toBe(unchanged);

    const report = await restoreBackup(db, contents, 'replace', { evenWithoutSnapshot: true });
    vi.restoreAllMocks();
    expect(report.snapshotId).toBeUndefined();
    expect(await userTables(db)).toBe(await userTables(other));
    expect(await db.snapshots.count()).toBe(0);
  });

  it('restores nothing at all when the transaction fails half-way, e.g. on a full disk', async () => {
    const { db, contents, unchanged } = await aDatabaseAndABackupOfAnother(11);

    const table = db.table('actions');
    vi.spyOn(table, 'bulkAdd').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const original = db.table.bind(db);
    vi.spyOn(db, 'table').mockImplementation(((name: string) =>
      name === 'actions' ? table : original(name)) as typeof db.table);
    await expect(restoreBackup(db, contents, 'replace')).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await dumpDatabase(db)).toBe(unchanged);
  });

  it('merges by keeping the newest copy of each record and reports every difference', async () => {
    const db = freshDatabase();
    const older = createCycle(
      { title: 'Oud', schoolYear: '2025-2026', mode: 'team' },
      new Date('2026-01-01T00:00:00Z'),
    );
    const onlyLocal = createCycle({ title: 'Alleen hier', schoolYear: '2025-2026', mode: 'team' });
    const localNewer = createCycle(
      { title: 'Lokaal nieuwer', schoolYear: '2025-2026', mode: 'team' },
      new Date('2026-05-01T00:00:00Z'),
    );
    await db.cycles.bulkAdd([older, onlyLocal, localNewer]);

    const source = freshDatabase();
    const onlyIncoming = createCycle({
      title: 'Alleen in bestand',
      schoolYear: '2026-2027',
      mode: 'individual',
    });
    await source.cycles.bulkAdd([
      { ...older, title: 'Bijgewerkt', updatedAt: '2026-03-01T00:00:00.000Z' },
      { ...localNewer, title: 'Ouder in bestand', updatedAt: '2026-02-01T00:00:00.000Z' },
      onlyIncoming,
    ]);
    const report = await restoreBackup(db, await readBackup((await createBackup(source)).bytes), 'merge');

    const titles = (await db.cycles.toArray()).map((cycle) => cycle.title).sort();
    expect(titles).toEqual(['Alleen hier', 'Alleen in bestand', 'Bijgewerkt', 'Lokaal nieuwer']);
    expect(report.tables.cycles).toEqual({ added: 1, updated: 1, keptLocal: 1, removed: 0 });
    expect(report.conflicts).toEqual(
      expect.arrayContaining([
        { table: 'cycles', id: older.id, kept: 'incoming' },
        { table: 'cycles', id: localNewer.id, kept: 'local' },
      ]),
    );
  });

  it("merges two devices' figures per school year: the same year is one record, the newest wins; other years are added beside it", async () => {
    const figures = (schoolYear: string, trajectories: number, updatedAt: string) => ({
      ...createSchoolYearFigures(schoolYear, new Date('2026-01-01T00:00:00Z')),
      trajectories,
      updatedAt,
    });
    const db = freshDatabase();
    await db.schoolYearFigures.bulkAdd([
      figures('2025-2026', 380, '2026-06-01T00:00:00.000Z'),
      figures('2026-2027', 400, '2026-11-01T00:00:00.000Z'),
    ]);
    const laptop = freshDatabase();
    await laptop.schoolYearFigures.bulkAdd([
      figures('2024-2025', 350, '2025-06-01T00:00:00.000Z'),
      figures('2026-2027', 412, '2026-12-01T00:00:00.000Z'),
    ]);

    const report = await restoreBackup(db, await readBackup((await createBackup(laptop)).bytes), 'merge');
    const stored = await db.schoolYearFigures.orderBy('schoolYear').toArray();
    expect(stored.map((year) => [year.schoolYear, year.trajectories])).toEqual([
      ['2024-2025', 350],
      ['2025-2026', 380],
      ['2026-2027', 412],
    ]);
    expect(report.tables.schoolYearFigures).toEqual({ added: 1, updated: 1, keptLocal: 0, removed: 0 });
    expect(report.conflicts).toEqual([
      { table: 'schoolYearFigures', id: figuresIdOf('2026-2027'), kept: 'incoming' },
    ]);
  });

  it('merges answers to a bevraging by id alone, which they keep for life: a different copy leaves the local one', async () => {
    const { cycle, survey } = aCycleWithSurvey();
    const [kept, same] = [answerTo(survey, 'agree'), answerTo(survey, 'ratherAgree')];
    const onlyIncoming = answerTo(survey, 'dontKnow');
    const db = await aDatabaseWith(cycle, survey, [kept, same]);
    const source = await aDatabaseWith(cycle, survey, [{ ...kept, answers: {} }, same, onlyIncoming]);

    const report = await restoreBackup(db, await readBackup((await createBackup(source)).bytes), 'merge');
    expect(await db.surveyResponses.toArray()).toEqual(expect.arrayContaining([kept, same, onlyIncoming]));
    expect(await db.surveyResponses.count()).toBe(3);
    expect(report.tables.surveyResponses).toEqual({ added: 1, updated: 0, keptLocal: 1, removed: 0 });
    expect(report.conflicts).toEqual([{ table: 'surveyResponses', id: kept.id, kept: 'local' }]);
  });

  it('merges a bevraging whose copies ask different statements by its answers, not by time: answers keep the statements they were given to', async () => {
    const { cycle, survey: asked } = aCycleWithSurvey();
    const changedLater = {
      ...asked,
      itemIds: [STATEMENT, 'leraar-samen-bijgestuurd'],
      updatedAt: '2027-02-01T00:00:00.000Z',
    };
    const answer = answerTo(asked, 'agree');
    const answeredHere = await aDatabaseWith(cycle, asked, [answer]);
    const changedElsewhere = await aDatabaseWith(cycle, changedLater);

    const report = await restoreBackup(
      answeredHere,
      await readBackup((await createBackup(changedElsewhere)).bytes),
      'merge',
    );
    expect((await answeredHere.surveys.get(asked.id))?.itemIds).toEqual(asked.itemIds);
    expect(report.conflicts).toEqual([{ table: 'surveys', id: asked.id, kept: 'local' }]);

    await restoreBackup(
      changedElsewhere,
      await readBackup((await createBackup(answeredHere)).bytes),
      'merge',
    );
    expect((await changedElsewhere.surveys.get(asked.id))?.itemIds).toEqual(asked.itemIds);
    expect(await changedElsewhere.surveyResponses.toArray()).toEqual([answer]);
  });

  it.each(['replace', 'merge'] as const)(
    'takes no setting of the device that made the backup, in %s mode: the device keeps its own',
    async (mode) => {
      const elsewhere = freshDatabase();
      const cycle = createCycle({ title: 'Cyclus', schoolYear: '2026-2027', mode: 'team' });
      await saveRecord(elsewhere, 'cycles', cycle);
      await saveRecord(elsewhere, 'settings', {
        ...createSettings(),
        selfParticipantIds: { [cycle.id]: crypto.randomUUID() },
        persistence: 'granted',
        lastBackupAt: '2026-11-01T08:00:00.000Z',
      });
      const { bytes } = await createBackup(elsewhere);
      expect(JSON.parse(new TextDecoder().decode(unzipSync(bytes)['data.json'])).tables.settings).toEqual([]);

      // A device with settings of its own keeps them as they were.
      const here = freshDatabase();
      const own = await saveRecord(here, 'settings', { ...createSettings(), persistence: 'denied' });
      await restoreBackup(here, await readBackup(bytes), mode);
      expect(await here.settings.toArray()).toEqual([own]);
      expect(await here.cycles.count()).toBe(1);

      // A device without any keeps the defaults of a fresh one.
      const fresh = freshDatabase();
      await restoreBackup(fresh, await readBackup(bytes), mode);
      expect(await fresh.settings.count()).toBe(0);
      expect(await loadSettings(fresh)).toMatchObject({ selfParticipantIds: {}, persistence: 'unknown' });
      expect((await loadSettings(fresh)).lastBackupAt).toBeUndefined();
    },
  );

  it('ignores the device settings an older backup carries', async () => {
    const older = new Uint8Array(
      readFileSync(join(import.meta.dirname, '../../fixtures/backups/v1-schema3-sample.zip')),
    );
    const inFile = JSON.parse(new TextDecoder().decode(unzipSync(older)['data.json'])).tables.settings;
    expect(inFile[0].selfParticipantIds).not.toEqual({});
    const db = freshDatabase();
    await restoreBackup(db, await readBackup(older), 'replace');
    expect(await db.settings.count()).toBe(0);
  });

  it('deletes every record, attachment and snapshot on request', async () => {
    const [data] = fc.sample(aDataset, { numRuns: 1, seed: 5 });
    const db = freshDatabase();
    await fill(db, data!);
    await restoreBackup(db, await readBackup((await createBackup(db)).bytes), 'merge');
    await deleteAllData(db);
    for (const table of [...TABLE_NAMES, 'snapshots'] as (TableName | 'snapshots')[]) {
      expect(await db.table(table).count(), table).toBe(0);
    }
  });
});
