import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  OutdatedSchemaError,
  SCHEMA_STEPS,
  migrateRecords,
  tablesOfVersion,
  type StoredRecord,
} from '../../../src/storage/migrations';
import { RECORD_SCHEMAS } from '../../../src/storage/record-validation';
import { TABLE_NAMES, type TableName } from '../../../src/storage/tables';
import { LeersteunspiegelDatabase, type Snapshot } from '../../../src/storage/database';
import { listSnapshots, readAttachmentSummaries } from '../../../src/storage/queries';
import { serialise } from './test-database';

const fixturesDir = join(import.meta.dirname, '../../fixtures/databases');

/** A database as version N of the app left it: records per table, attachment bytes in base64. */
interface DatabaseFixture {
  schemaVersion: number;
  tables: Partial<Record<TableName, StoredRecord[]>>;
}

function loadFixture(version: number): DatabaseFixture {
  return JSON.parse(readFileSync(join(fixturesDir, `v${version}.json`), 'utf8')) as DatabaseFixture;
}

const byId = (records: StoredRecord[]): StoredRecord[] =>
  [...records].sort((a, b) => String(a.id).localeCompare(String(b.id)));

/** A database as version `version` of the app left it, filled with that version's fixture. */
async function writtenBy(version: number, name: string): Promise<LeersteunspiegelDatabase> {
  const fixture = loadFixture(version);
  const writer = new LeersteunspiegelDatabase(
    name,
    SCHEMA_STEPS.filter((step) => step.version <= version),
  );
  for (const table of tablesOfVersion(version)) {
    await writer.table(table).bulkAdd(asStoredBy(version, table, fixture.tables[table] ?? []));
  }
  return writer;
}

/**
 * Writes a database as `version` left it, opens it with the current schema, and checks every record of the
 * older version's tables is still there byte for byte — as the later steps rewrite it on purpose (step 6
 * keeps a file's bytes instead of its Blob); returns the open, upgraded database.
 */
async function upgradedKeepingEveryRecord(version: number, name: string): Promise<LeersteunspiegelDatabase> {
  const writer = await writtenBy(version, name);
  const before = new Map<string, string>();
  for (const table of tablesOfVersion(version)) {
    const rewritten = await migrateRecords(table, await writer.table(table).toArray(), version);
    before.set(table, JSON.stringify(await serialise(byId(rewritten))));
  }
  writer.close();

  const current = new LeersteunspiegelDatabase(name);
  await current.open();
  for (const [table, dump] of before) {
    expect(JSON.stringify(await serialise(byId(await current.table(table).toArray()))), table).toBe(dump);
  }
  return current;
}

/** The version that stopped storing files as Blobs and stores their bytes instead. */
const BYTES_SINCE = 6;

/** A profile's logo as the app stores it (since version 14): its base64 in the fixture back into bytes. */
function withLogoBytes(profile: StoredRecord): StoredRecord {
  const logo = profile.logo as StoredRecord | undefined;
  if (!logo) return profile;
  const { base64, ...rest } = logo;
  return { ...profile, logo: { ...rest, bytes: new Uint8Array(Buffer.from(String(base64), 'base64')) } };
}

/**
 * Turns the fixture's base64 attachment bytes back into what `version` of the app stored: a Blob with its
 * media type before version 6, the bytes themselves since; a profile's logo as bytes.
 */
function asStoredBy(version: number, table: TableName, records: StoredRecord[]): StoredRecord[] {
  if (table === 'lscProfiles') return records.map(withLogoBytes);
  if (table !== 'attachments') return records;
  return records.map(({ base64, ...record }) => {
    const bytes = new Uint8Array(Buffer.from(String(base64), 'base64'));
    return version < BYTES_SINCE
      ? { ...record, blob: new Blob([bytes], { type: String(record.type ?? '') }) }
      : { ...record, bytes };
  });
}

describe('every schema step', () => {
  it('is numbered 1, 2, 3 … without gaps', () => {
    expect(SCHEMA_STEPS.map((step) => step.version)).toEqual(SCHEMA_STEPS.map((_, index) => index + 1));
  });

  it('has a fixture of the database it produced, so the next step can be tested against real old data', () => {
    const fixtures = readdirSync(fixturesDir).filter((file) => /^v\d+\.json$/.test(file));
    expect(fixtures.sort()).toEqual(SCHEMA_STEPS.map((step) => `v${step.version}.json`).sort());
  });

  it('together declare every table that holds user data, and no other', () => {
    expect([...tablesOfVersion(CURRENT_SCHEMA_VERSION)].sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('leaves its input untouched when it reads or migrates a record', async () => {
    for (const step of SCHEMA_STEPS) {
      const previous = step.version - 1;
      for (const [table, migrate] of Object.entries(step.migrate ?? {})) {
        const records = loadFixture(previous).tables[table as TableName] ?? [];
        for (const record of asStoredBy(previous, table as TableName, records)) {
          const copy = await serialise(record);
          migrate(await (step.read?.[table as TableName]?.(record) ?? record));
          expect(await serialise(record), `${step.name} on ${table}`).toEqual(copy);
        }
      }
      for (const [table, migrateTable] of Object.entries(step.migrateTable ?? {})) {
        const records = loadFixture(previous).tables[table as TableName] ?? [];
        const copy = structuredClone(records);
        migrateTable(records);
        expect(records, `${step.name} on ${table}`).toEqual(copy);
      }
    }
  });
});

describe.each(SCHEMA_STEPS.map((step) => step.version))('a database written by version %i', (version) => {
  const fixture = loadFixture(version);

  it('holds only tables that version had', () => {
    expect(fixture.schemaVersion).toBe(version);
    const tables = tablesOfVersion(version);
    expect(Object.keys(fixture.tables).filter((table) => !tables.has(table as TableName))).toEqual([]);
  });

  it('opens in the current version with every record kept, migrated and valid', async () => {
    const name = `fixture-v${version}-${crypto.randomUUID()}`;
    (await writtenBy(version, name)).close();

    const current = new LeersteunspiegelDatabase(name);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const table of TABLE_NAMES) {
      const expected = await migrateRecords(
        table,
        asStoredBy(version, table, fixture.tables[table] ?? []),
        version,
      );
      const stored = await current.table(table).toArray();
      expect(stored.length, table).toBe(expected.length);
      for (const record of stored)
        expect(RECORD_SCHEMAS[table].safeParse(record).success, `${table} ${String(record.id)}`).toBe(true);
      // Byte for byte: every field, in order, attachment bytes included.
      expect(JSON.stringify(await serialise(byId(stored))), table).toBe(
        JSON.stringify(await serialise(byId(expected))),
      );
    }
    current.close();
  });
});

describe('step 2, recommendations and condition checks', () => {
  it('keeps every record of a version 1 database byte for byte and adds the two tables, empty', async () => {
    const name = `step-2-${crypto.randomUUID()}`;
    const current = await upgradedKeepingEveryRecord(1, name);
    expect(await current.recommendations.count()).toBe(0);
    expect(await current.conditionChecks.count()).toBe(0);
    current.close();
  });

  it('indexes the new records by cycle, and by cycle and expectation or condition', async () => {
    const name = `step-2-indexes-${crypto.randomUUID()}`;
    (await writtenBy(2, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const { recommendations, conditionChecks } = loadFixture(2).tables;
    const recommendation = recommendations![0]!;
    const check = conditionChecks![0]!;
    expect(
      await current.recommendations
        .where('[cycleId+expectationCode]')
        .equals([recommendation.cycleId as string, recommendation.expectationCode as string])
        .primaryKeys(),
    ).toEqual([recommendation.id]);
    expect(
      await current.conditionChecks
        .where('[cycleId+conditionId]')
        .equals([check.cycleId as string, check.conditionId as string])
        .primaryKeys(),
    ).toEqual([check.id]);
    expect(
      await current.conditionChecks
        .where('cycleId')
        .equals(check.cycleId as string)
        .count(),
    ).toBe(conditionChecks!.length);
    current.close();
  });
});

describe('step 3, team invitations and contributions', () => {
  it('keeps every record of a version 2 database byte for byte', async () => {
    const name = `step-3-${crypto.randomUUID()}`;
    const current = await upgradedKeepingEveryRecord(2, name);
    current.close();
  });

  it('finds a member cycle by the team cycle its invitation answers, in a database upgraded from version 2', async () => {
    const name = `step-3-index-${crypto.randomUUID()}`;
    (await writtenBy(2, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const member = loadFixture(3).tables.cycles!.find((cycle) => cycle.invitation)!;
    await current.cycles.add(RECORD_SCHEMAS.cycles.parse(member));
    const teamCycleId = (member.invitation as { teamCycleId: string }).teamCycleId;
    expect(await current.cycles.where('invitation.teamCycleId').equals(teamCycleId).primaryKeys()).toEqual([
      member.id,
    ]);
    // A cycle without an invitation is simply not in the index.
    expect(await current.cycles.where('invitation.teamCycleId').equals(crypto.randomUUID()).count()).toBe(0);
    current.close();
  });
});

describe('step 4, closed cycles and their successor', () => {
  const closedBeforeStep4 = (): StoredRecord => ({
    ...loadFixture(3).tables.cycles![0]!,
    id: crypto.randomUUID(),
    status: 'closed',
    updatedAt: '2026-06-30T15:00:00.000Z',
  });

  it('keeps every record of a version 3 database byte for byte', async () => {
    const current = await upgradedKeepingEveryRecord(3, `step-4-${crypto.randomUUID()}`);
    current.close();
  });

  it('dates a cycle closed before closing was dated by its last change, and leaves open cycles as they were', async () => {
    const name = `step-4-closed-${crypto.randomUUID()}`;
    const writer = await writtenBy(3, name);
    const closed = closedBeforeStep4();
    await writer.cycles.add(closed as never);
    writer.close();

    const current = new LeersteunspiegelDatabase(name);
    const upgraded = await current.cycles.get(String(closed.id));
    expect(upgraded).toEqual({ ...closed, closedAt: '2026-06-30T15:00:00.000Z' });
    expect(RECORD_SCHEMAS.cycles.safeParse(upgraded).success).toBe(true);
    const open = loadFixture(3).tables.cycles![0]!;
    expect(await current.cycles.get(String(open.id))).toEqual(open);
    current.close();
  });

  it('dates a closed cycle the same way in a backup made by version 3', async () => {
    const [migrated] = await migrateRecords('cycles', [closedBeforeStep4()], 3);
    expect(migrated?.closedAt).toBe('2026-06-30T15:00:00.000Z');
  });

  it('finds the successor of a cycle by the cycle it follows up', async () => {
    const name = `step-4-successor-${crypto.randomUUID()}`;
    (await writtenBy(4, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const successor = loadFixture(4).tables.cycles!.find((cycle) => cycle.previousCycleId)!;
    expect(
      await current.cycles.where('previousCycleId').equals(String(successor.previousCycleId)).primaryKeys(),
    ).toEqual([successor.id]);
    current.close();
  });
});

describe('step 5, participants as people', () => {
  it('marks those read in from a file as such, as the first version of their contribution; the rest as listed', async () => {
    const name = `step-5-${crypto.randomUUID()}`;
    (await writtenBy(3, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const byName = new Map((await current.participants.toArray()).map((p) => [p.name, p]));
    expect(byName.get('An Peeters')).toMatchObject({ origin: 'added' });
    expect(byName.get('An Peeters')?.contribution).toBeUndefined();
    // Read in on 26 November: its last change is when it was read in.
    expect(byName.get('Anoniem 1')).toMatchObject({
      origin: 'file',
      contribution: {
        key: 'f1e2d3c4-b5a6-4978-8a1b-2c3d4e5f6a7b',
        exportedAt: '2026-11-26T13:45:00.000Z',
        receivedAt: '2026-11-26T14:00:00.000Z',
        version: 1,
        personal: false,
      },
    });
    current.close();
  });

  it('keeps every record of a version 3 database byte for byte, besides what it adds to participants', async () => {
    const name = `step-5-kept-${crypto.randomUUID()}`;
    const current = await upgradedKeepingEveryRecord(3, name);
    current.close();
  });

  it('stores what a team cycle now keeps: a deadline, a personal invitation, a member’s backed criterion', async () => {
    const name = `step-5-fields-${crypto.randomUUID()}`;
    (await writtenBy(5, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const cycles = await current.cycles.toArray();
    expect(cycles.map((cycle) => RECORD_SCHEMAS.cycles.parse(cycle).contributionDeadline)).toContain(
      '2027-03-31',
    );
    expect(
      cycles.flatMap((cycle) => (cycle.invitation?.participant ? [cycle.invitation.participant.name] : [])),
    ).toEqual(['Bram Claes']);
    const cas = (await current.participants.toArray()).find((p) => p.name === 'Cas Wouters');
    expect(cas).toMatchObject({ origin: 'added', contribution: { version: 2, personal: true } });
    const practice = (await current.assessments.where('participantId').equals(cas!.id).first())?.goodPractice;
    expect(practice?.criteria.map((criterion) => criterion.backedByMember)).toEqual([true, false]);
    current.close();
  });
});

describe('step 6, attachments as bytes', () => {
  it('keeps the files of a version 5 database byte for byte, with their media type, as bytes instead of Blobs', async () => {
    const name = `step-6-${crypto.randomUUID()}`;
    const writer = await writtenBy(5, name);
    const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    await writer.snapshots.add({
      id: 'f1d2c3b4-a596-4788-99aa-bbccddeeff00',
      createdAt: '2026-11-30T08:00:00.000Z',
      reason: 'beforeRestore',
      blob: new Blob([zip], { type: 'application/zip' }),
    } as unknown as Snapshot);
    writer.close();

    const current = new LeersteunspiegelDatabase(name);
    const [attachment] = await current.attachments.toArray();
    const [original] = loadFixture(5).tables.attachments!;
    expect(attachment).not.toHaveProperty('blob');
    expect(attachment!.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(attachment!.bytes).toString('base64')).toBe(original!.base64);
    expect(attachment).toMatchObject({ type: 'application/pdf', size: original!.size });

    const [snapshot] = await current.snapshots.toArray();
    expect(snapshot).not.toHaveProperty('blob');
    expect(snapshot!.bytes).toEqual(zip);
    current.close();
  });

  it('reads an attachment of a version 5 backup, which held its bytes beside data.json, unchanged', async () => {
    const [entry] = loadFixture(5).tables.attachments!;
    const { base64: _base64, ...metadata } = entry!;
    expect(await migrateRecords('attachments', [metadata], 5)).toEqual([metadata]);
  });
});

describe('step 7, carried actions marked on their original', () => {
  const ORIGINAL_ID = '4c1b0f6e-2f6d-4b8a-9d3e-0a1b2c3d4e11';
  const FIRST_COPY_ID = '4c1b0f6e-2f6d-4b8a-9d3e-0a1b2c3d4e12';

  /**
   * Version 6's actions as an app before step 4 left them: last year's action without the mark its copy in
   * the successor has, and before them a second copy from a successor started twice, made two months later.
   */
  function carriedBeforeStep4(): StoredRecord[] {
    const actions = loadFixture(6).tables.actions!.map(({ carriedOverToId: _mark, ...action }) => action);
    const firstCopy = actions.find((action) => action.id === FIRST_COPY_ID)!;
    const secondCopy = {
      ...firstCopy,
      id: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c21',
      createdAt: '2026-09-01T08:00:00.000Z',
      updatedAt: '2026-09-01T08:00:00.000Z',
    };
    return [secondCopy, ...actions];
  }

  it('tells an action carried over by an older app where it went: the first copy made', async () => {
    const name = `step-7-${crypto.randomUUID()}`;
    const writer = await writtenBy(6, name);
    const actions = carriedBeforeStep4();
    await writer.actions.bulkPut(actions as never);
    writer.close();

    const current = new LeersteunspiegelDatabase(name);
    for (const action of actions) {
      const upgraded = await current.actions.get(String(action.id));
      expect(upgraded).toEqual(
        action.id === ORIGINAL_ID ? { ...action, carriedOverToId: FIRST_COPY_ID } : action,
      );
      expect(RECORD_SCHEMAS.actions.safeParse(upgraded).success).toBe(true);
    }
    current.close();
  });

  it('marks the original the same way in a backup made by version 6', async () => {
    const migrated = await migrateRecords('actions', carriedBeforeStep4(), 6);
    expect(migrated.find((action) => action.id === ORIGINAL_ID)?.carriedOverToId).toBe(FIRST_COPY_ID);
  });

  it('leaves an original that knows its copy, and every other action, as they were', async () => {
    const actions = loadFixture(6).tables.actions!;
    const migrated = await migrateRecords('actions', actions, 6);
    migrated.forEach((action, index) => expect(action).toBe(actions[index]));
  });
});

describe('step 8, journal notes per expectation', () => {
  it('keeps every record of a version 7 database byte for byte and adds the journal, empty', async () => {
    const current = await upgradedKeepingEveryRecord(7, `step-8-${crypto.randomUUID()}`);
    expect(await current.journalNotes.count()).toBe(0);
    current.close();
  });

  it('keeps a person’s dated notes in a database upgraded from version 7, found by cycle and by person', async () => {
    const name = `step-8-notes-${crypto.randomUUID()}`;
    (await writtenBy(7, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const notes = loadFixture(8).tables.journalNotes!;
    for (const note of notes) await current.journalNotes.add(RECORD_SCHEMAS.journalNotes.parse(note));
    const [first] = notes;
    expect(await current.journalNotes.where('cycleId').equals(String(first!.cycleId)).sortBy('date')).toEqual(
      notes.filter((note) => note.cycleId === first!.cycleId),
    );
    expect(
      await current.journalNotes.where('participantId').equals(String(first!.participantId)).count(),
    ).toBe(2);
    current.close();
  });
});

describe('step 9, bevragingen and their answers', () => {
  it('keeps every record of a version 8 database byte for byte and adds bevragingen and answers, empty', async () => {
    const current = await upgradedKeepingEveryRecord(8, `step-9-${crypto.randomUUID()}`);
    expect(await current.surveys.count()).toBe(0);
    expect(await current.surveyResponses.count()).toBe(0);
    current.close();
  });

  it('finds a cycle’s bevragingen and a bevraging’s answers in a database upgraded from version 8', async () => {
    const name = `step-9-surveys-${crypto.randomUUID()}`;
    (await writtenBy(8, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const { surveys, surveyResponses } = loadFixture(9).tables;
    for (const survey of surveys!) await current.surveys.add(RECORD_SCHEMAS.surveys.parse(survey));
    // As version 9 stored them, through the steps since.
    const answers = await migrateRecords('surveyResponses', surveyResponses!, 9);
    for (const response of answers)
      await current.surveyResponses.add(RECORD_SCHEMAS.surveyResponses.parse(response));
    const [parents, teachers] = surveys!;
    expect(await current.surveys.where('cycleId').equals(String(parents!.cycleId)).primaryKeys()).toEqual(
      [parents!.id, teachers!.id].sort(),
    );
    expect(await current.surveyResponses.where('surveyId').equals(String(parents!.id)).toArray()).toEqual(
      answers.filter((response) => response.surveyId === parents!.id),
    );
    current.close();
  });
});

describe('step 10, answers with their channel', () => {
  it('marks every answer of a version 9 database as given in the afnamemodus, and keeps every other field', async () => {
    const name = `step-10-${crypto.randomUUID()}`;
    (await writtenBy(9, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const before = loadFixture(9).tables.surveyResponses!;
    const after = await current.surveyResponses.toArray();
    expect(after.map((response) => response.channel)).toEqual(before.map(() => 'kiosk'));
    expect(byId(after.map(({ channel: _channel, ...rest }) => rest))).toEqual(byId(before));
    current.close();
  });
});

describe('step 11, the quality calendar', () => {
  it('keeps every record of a version 10 database byte for byte and adds the kwaliteitskalender, empty', async () => {
    const current = await upgradedKeepingEveryRecord(10, `step-11-${crypto.randomUUID()}`);
    expect(await current.qualityCalendars.count()).toBe(0);
    current.close();
  });

  it('keeps a plan of school years and their focus in a database upgraded from version 10', async () => {
    const name = `step-11-plan-${crypto.randomUUID()}`;
    (await writtenBy(10, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const [plan] = loadFixture(11).tables.qualityCalendars!;
    await current.qualityCalendars.add(RECORD_SCHEMAS.qualityCalendars.parse(plan));
    expect(await current.qualityCalendars.get(String(plan!.id))).toEqual(plan);
    current.close();
  });
});

describe('step 12, administration and figures per school year', () => {
  it('gives a version 11 profile blank administration fields and keeps everything it held', async () => {
    const name = `step-12-${crypto.randomUUID()}`;
    (await writtenBy(11, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const [before] = loadFixture(11).tables.lscProfiles!;
    const [after] = await current.lscProfiles.toArray();
    expect(after).toEqual({
      ...before,
      institutionNumber: '',
      address: '',
      governingBody: '',
      directorName: '',
      contactEmail: '',
      contactPhone: '',
    });
    expect(RECORD_SCHEMAS.lscProfiles.parse(after)).toEqual(after);
    expect(await current.schoolYearFigures.count()).toBe(0);
    current.close();
  });

  it('keeps one record of figures per school year: a later year is added beside an earlier one', async () => {
    const name = `step-12-years-${crypto.randomUUID()}`;
    (await writtenBy(12, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const stored = await current.schoolYearFigures.orderBy('schoolYear').toArray();
    expect(stored.map((figures) => [figures.schoolYear, figures.trajectories])).toEqual([
      ['2025-2026', 380],
      ['2026-2027', 412],
    ]);
    // The unique index refuses a second record of a year, whatever its id.
    await expect(current.schoolYearFigures.add({ ...stored[0]!, id: crypto.randomUUID() })).rejects.toThrow();
    current.close();
  });
});

describe('step 13, chosen recommendations', () => {
  it('keeps every record of a version 12 database byte for byte: a recommendation without a choice follows the level', async () => {
    const current = await upgradedKeepingEveryRecord(12, `step-13-${crypto.randomUUID()}`);
    const [recommendation] = await current.recommendations.toArray();
    expect(recommendation?.kind).toBeUndefined();
    expect(RECORD_SCHEMAS.recommendations.parse(recommendation)).toEqual(recommendation);
    current.close();
  });

  it('keeps the group the team chose, its order and its linked actions', async () => {
    const name = `step-13-choice-${crypto.randomUUID()}`;
    (await writtenBy(13, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const [before] = loadFixture(13).tables.recommendations!;
    const after = await current.recommendations.get(String(before!.id));
    expect(after).toEqual(before);
    expect(after).toMatchObject({ kind: 'opportunities', order: 1 });
    const [actionId] = after!.actionIds!;
    expect((await current.actions.get(actionId!))?.cycleId).toBe(after!.cycleId);
    current.close();
  });
});

describe("step 14, the centre's logo", () => {
  it('keeps every record of a version 13 database byte for byte: a profile without a logo has none', async () => {
    const current = await upgradedKeepingEveryRecord(13, `step-14-${crypto.randomUUID()}`);
    const [profile] = await current.lscProfiles.toArray();
    expect(profile?.logo).toBeUndefined();
    expect(RECORD_SCHEMAS.lscProfiles.parse(profile)).toEqual(profile);
    current.close();
  });

  it("keeps the logo's bytes, type and pixel size", async () => {
    const name = `step-14-logo-${crypto.randomUUID()}`;
    (await writtenBy(14, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const [before] = asStoredBy(14, 'lscProfiles', loadFixture(14).tables.lscProfiles!);
    const after = await current.lscProfiles.get(String(before!.id));
    expect(after?.logo).toMatchObject({ type: 'image/png', width: 8, height: 4 });
    expect(after?.logo?.bytes).toBeInstanceOf(Uint8Array);
    expect(await serialise(after)).toEqual(await serialise(before));
    current.close();
  });

  it('refuses a logo whose bytes are not the PNG or JPEG its type says, or an SVG', () => {
    const [profile] = asStoredBy(14, 'lscProfiles', loadFixture(14).tables.lscProfiles!);
    const logo = profile!.logo as { bytes: Uint8Array };
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    expect(RECORD_SCHEMAS.lscProfiles.safeParse(profile).success).toBe(true);
    for (const wrong of [
      { ...logo, type: 'image/jpeg' },
      { ...logo, type: 'image/svg+xml', bytes: svg },
      { ...logo, bytes: svg },
      { ...logo, bytes: logo.bytes.slice(0, 8) },
    ]) {
      expect(RECORD_SCHEMAS.lscProfiles.safeParse({ ...profile, logo: wrong }).success).toBe(false);
    }
  });
});

describe('step 15, indexes for what lists show', () => {
  it('keeps every record of a version 14 database byte for byte', async () => {
    const current = await upgradedKeepingEveryRecord(14, `step-15-${crypto.randomUUID()}`);
    current.close();
  });

  it('finds the consensus of every cycle by its kind, in a database upgraded from version 14', async () => {
    const name = `step-15-index-${crypto.randomUUID()}`;
    (await writtenBy(14, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const assessments = loadFixture(14).tables.assessments!;
    const idsOf = (kind: string) =>
      assessments
        .filter((assessment) => assessment.kind === kind)
        .map((assessment) => assessment.id)
        .sort();
    expect(idsOf('consensus')).not.toEqual([]);
    expect((await current.assessments.where('kind').equals('consensus').primaryKeys()).sort()).toEqual(
      idsOf('consensus'),
    );
    expect((await current.assessments.where('kind').equals('individual').primaryKeys()).sort()).toEqual(
      idsOf('individual'),
    );
    current.close();
  });

  it('lists every file from an index, without its bytes, in a database upgraded from version 14', async () => {
    const name = `step-15-files-${crypto.randomUUID()}`;
    (await writtenBy(14, name)).close();
    const current = new LeersteunspiegelDatabase(name);
    const files = loadFixture(14).tables.attachments!;
    expect(files).not.toEqual([]);
    const summaries = await readAttachmentSummaries(current);
    expect(summaries.map((summary) => summary.id).sort()).toEqual(files.map((file) => file.id).sort());
    for (const { id, evidenceId, createdAt, name: fileName, type, size } of files)
      expect(summaries.find((summary) => summary.id === id)).toEqual({
        id,
        evidenceId,
        createdAt,
        name: fileName,
        type,
        size,
      });
    current.close();
  });

  it('gives each automatic snapshot its size, and lists them newest first without reading one', async () => {
    const name = `step-15-snapshots-${crypto.randomUUID()}`;
    const writer = await writtenBy(14, name);
    const older = { id: crypto.randomUUID(), createdAt: '2026-11-30T08:00:00.000Z', reason: 'beforeRestore' };
    const newer = { id: crypto.randomUUID(), createdAt: '2026-12-01T08:00:00.000Z', reason: 'beforeRestore' };
    await writer.snapshots.bulkAdd([
      { ...older, bytes: new Uint8Array(300) },
      { ...newer, bytes: new Uint8Array(12) },
    ] as unknown as Snapshot[]);
    writer.close();

    const current = new LeersteunspiegelDatabase(name);
    expect(await current.snapshots.get(older.id)).toEqual({
      ...older,
      bytes: new Uint8Array(300),
      size: 300,
    });
    expect(await listSnapshots(current)).toEqual([
      { ...newer, size: 12 },
      { ...older, size: 300 },
    ]);
    current.close();
  });

  it('opens a database whose snapshot lost its bytes, counting it as empty', async () => {
    const name = `step-15-empty-snapshot-${crypto.randomUUID()}`;
    const writer = await writtenBy(14, name);
    const broken = {
      id: crypto.randomUUID(),
      createdAt: '2026-11-30T08:00:00.000Z',
      reason: 'beforeRestore',
    };
    await writer.snapshots.add(broken as unknown as Snapshot);
    writer.close();

    const current = new LeersteunspiegelDatabase(name);
    expect(await listSnapshots(current)).toEqual([{ ...broken, size: 0 }]);
    expect(await current.cycles.count()).toBe(loadFixture(14).tables.cycles!.length);
    current.close();
  });
});

describe('opening at the newest schema', () => {
  // The browser's localStorage, where a page remembers the schema it last opened its database at.
  let stored: Map<string, string>;
  beforeEach(() => {
    stored = new Map();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
      removeItem: (key: string) => stored.delete(key),
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const memoryOf = (name: string): string | undefined => stored.get(`leersteunspiegel:schema:${name}`);
  const installedVersion = async (name: string): Promise<number | undefined> =>
    (await indexedDB.databases()).find((database) => database.name === name)?.version;

  it('remembers a database opened at the newest schema, and the next page reads and writes every table', async () => {
    const name = `newest-${crypto.randomUUID()}`;
    const first = new LeersteunspiegelDatabase(name);
    const [profile] = loadFixture(CURRENT_SCHEMA_VERSION).tables.lscProfiles!;
    await first.lscProfiles.add(
      RECORD_SCHEMAS.lscProfiles.parse(asStoredBy(14, 'lscProfiles', [profile!])[0]),
    );
    first.close();
    expect(memoryOf(name)).toBe(String(CURRENT_SCHEMA_VERSION));

    const next = new LeersteunspiegelDatabase(name);
    expect(await next.lscProfiles.count()).toBe(1);
    expect(next.tables.map((table) => table.name).sort()).toEqual([...TABLE_NAMES, 'snapshots'].sort());
    for (const table of TABLE_NAMES) expect(await next.table(table).count(), table).toBeGreaterThanOrEqual(0);
    next.close();
  });

  it('refuses, unchanged, an older database this browser wrongly remembers as the newest, and upgrades it on the next open', async () => {
    const name = `remembered-wrongly-${crypto.randomUUID()}`;
    const writer = await writtenBy(10, name);
    const before = (await writer.cycles.toArray()) as StoredRecord[];
    writer.close();
    stored.set(`leersteunspiegel:schema:${name}`, String(CURRENT_SCHEMA_VERSION));

    const refused = new LeersteunspiegelDatabase(name);
    const error = await refused.open().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).toContain(
      new OutdatedSchemaError().name,
    );
    refused.close();
    expect(await installedVersion(name)).toBe(10 * 10);
    expect(memoryOf(name)).toBeUndefined();

    const upgraded = new LeersteunspiegelDatabase(name);
    expect(await serialise(byId(await upgraded.cycles.toArray()))).toEqual(
      await serialise(byId(await migrateRecords('cycles', before, 10))),
    );
    expect(await installedVersion(name)).toBe(CURRENT_SCHEMA_VERSION * 10);
    expect(memoryOf(name)).toBe(String(CURRENT_SCHEMA_VERSION));
    upgraded.close();
  });
});
