import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAction, createProgressEntry } from '../../../src/domain/action-schema';
import { createAssessment } from '../../../src/domain/assessment';
import { createAttachment } from '../../../src/domain/attachment-schema';
import { createConditionCheck } from '../../../src/domain/condition-check-schema';
import { createCycle } from '../../../src/domain/cycle-schema';
import { createEvidence } from '../../../src/domain/evidence-schema';
import { createJournalNote } from '../../../src/domain/journal-note-schema';
import { createLscProfile } from '../../../src/domain/lsc-profile';
import { createQualityCalendar, withFocus } from '../../../src/domain/quality-calendar';
import { createParticipant } from '../../../src/domain/participant-schema';
import { createRecommendation } from '../../../src/domain/recommendation-schema';
import { createSchoolYearFigures } from '../../../src/domain/school-year-figures';
import { createSettings } from '../../../src/domain/settings';
import { createSurvey } from '../../../src/domain/survey/survey-schema';
import { SurveyResponseSchema } from '../../../src/domain/survey/survey-response-schema';
import { InvalidRecordError, StorageFullError } from '../../../src/storage/errors';
import { deleteRecord, getRecord, listRecords, saveRecord } from '../../../src/storage/records';
import { RECORD_SCHEMAS } from '../../../src/storage/record-validation';
import { TABLE_NAMES, type RecordOf, type TableName } from '../../../src/storage/tables';
import { dumpDatabase, freshDatabase } from './test-database';

const cycle = createCycle({ title: 'Zelfevaluatie 2025-2026', schoolYear: '2025-2026', mode: 'team' });
const participant = createParticipant({ cycleId: cycle.id, name: 'An', role: 'coordinator' });
const evidence = createEvidence({ cycleId: cycle.id, title: 'Verslag leersteunraad', kind: 'report' });
const survey = createSurvey({
  cycleId: cycle.id,
  group: 'parents',
  itemIds: ['ouder-uitleg-bij-start', 'ouder-tevreden'],
  startDate: '2027-01-11',
  endDate: '2027-01-29',
  askedCount: 24,
});

/** One valid record of every table, and a change a user could make to it. */
const examples: { [N in TableName]: { record: RecordOf<N>; change: (record: RecordOf<N>) => RecordOf<N> } } =
  {
    lscProfiles: { record: createLscProfile(), change: (r) => ({ ...r, name: 'LSC Kempen' }) },
    schoolYearFigures: {
      record: createSchoolYearFigures('2025-2026'),
      change: (r) => ({ ...r, trajectories: 412, fte: 38.5 }),
    },
    cycles: { record: cycle, change: (r) => ({ ...r, status: 'survey' }) },
    participants: { record: participant, change: (r) => ({ ...r, anonymous: true }) },
    assessments: {
      record: createAssessment({
        cycleId: cycle.id,
        expectationCode: 'M2',
        kind: 'individual',
        participantId: participant.id,
      }),
      change: (r) => ({ ...r, rating: 'meets', justification: 'Doelen sluiten aan bij het verslag.' }),
    },
    evidence: { record: evidence, change: (r) => ({ ...r, expectationCodes: ['M2', 'S3'] }) },
    attachments: {
      record: createAttachment({
        evidenceId: evidence.id,
        name: 'verslag.pdf',
        bytes: new TextEncoder().encode('%PDF-1.4'),
        type: 'application/pdf',
      }),
      change: (r) => ({ ...r, name: 'verslag-leersteunraad.pdf' }),
    },
    actions: {
      record: createAction({ cycleId: cycle.id, title: 'Opstartoverleg met CLB vastleggen' }),
      change: (r) => ({
        ...r,
        status: 'ongoing',
        progressLog: [createProgressEntry('2026-01-15', 'Sjabloon gemaakt.')],
      }),
    },
    recommendations: {
      record: createRecommendation({ cycleId: cycle.id, expectationCode: 'S3', text: '' }),
      change: (r) => ({ ...r, text: 'Het opstartoverleg met het CLB vast inplannen.' }),
    },
    conditionChecks: {
      record: createConditionCheck({ cycleId: cycle.id, conditionId: 'qualityMonitoring' }),
      change: (r) => ({ ...r, status: 'partly', note: 'Nog geen vaste cyclus.', evidenceIds: [evidence.id] }),
    },
    journalNotes: {
      record: createJournalNote({
        cycleId: cycle.id,
        expectationCode: 'M2',
        participantId: participant.id,
        date: '2026-11-20',
        text: 'Doelen nagevraagd bij de leraar.',
      }),
      change: (r) => ({ ...r, date: '2026-11-21', text: 'Doelen nagevraagd bij de leraar en het CLB.' }),
    },
    surveys: {
      record: survey,
      change: (r) => ({ ...r, introduction: 'Fijn dat je even tijd maakt.', askedCount: 30 }),
    },
    surveyResponses: {
      record: SurveyResponseSchema.parse({
        id: crypto.randomUUID(),
        surveyId: survey.id,
        answers: { 'ouder-uitleg-bij-start': 'agree' },
        channel: 'kiosk',
      }),
      change: (r) => ({ ...r, openAnswers: { 'ouder-open-waardevol': 'Het overleg met de juf.' } }),
    },
    qualityCalendars: {
      record: createQualityCalendar('2026-2027', 4),
      change: (r) => withFocus(r, '2026-2027', 'BL2', true),
    },
    settings: { record: createSettings(), change: (r) => ({ ...r, persistence: 'granted' }) },
  };

/**
 * A record as saving it at `moment` stores it: its `updatedAt` moved to then, where it has one; an answer to a
 * bevraging has none, and saving must not give it one (it would tell when someone answered).
 */
function stampedAt<R extends object>(record: R, moment: string): R {
  return 'updatedAt' in record ? { ...record, updatedAt: moment } : record;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe.each(Object.keys(examples) as TableName[])('the %s table', (table) => {
  const { record, change } = examples[table] as {
    record: RecordOf<typeof table>;
    change: (r: RecordOf<typeof table>) => RecordOf<typeof table>;
  };

  it('stores, reads, updates and deletes a record, stamping when it changed where it says so', async () => {
    const db = freshDatabase();
    vi.useFakeTimers({ now: new Date('2098-01-01T00:00:00Z'), toFake: ['Date'] });
    await saveRecord(db, table, record);
    expect(await getRecord(db, table, record.id)).toEqual(stampedAt(record, '2098-01-01T00:00:00.000Z'));
    expect((await listRecords(db, table)).map((r) => r.id)).toEqual([record.id]);

    const changed = change(record);
    vi.setSystemTime(new Date('2099-01-01T00:00:00Z'));
    const saved = await saveRecord(db, table, changed);
    expect(saved).toEqual(stampedAt(changed, '2099-01-01T00:00:00.000Z'));
    expect(await getRecord(db, table, record.id)).toEqual(saved);

    await deleteRecord(db, table, record.id);
    expect(await getRecord(db, table, record.id)).toBeUndefined();
  });
});

describe('saving', () => {
  it('knows a schema for every table, listed in the order of the tables (parents first)', () => {
    // TABLE_NAMES is written out so a page that only reads never loads the schemas; this keeps the two one list.
    expect(Object.keys(RECORD_SCHEMAS)).toEqual(TABLE_NAMES);
  });

  it('takes every new record as its factory made it, field for field and in its order', () => {
    // Some factories build their record without zod (a page reads the settings and the profile at start, before
    // the schemas load): they write out the schema's defaults, and a backup writes the fields in this order.
    for (const table of TABLE_NAMES) {
      const { record } = examples[table];
      const parsed: object = RECORD_SCHEMAS[table].parse(record);
      expect(parsed, table).toStrictEqual(record);
      expect(Object.keys(parsed), table).toEqual(Object.keys(record));
    }
    const consensus = createAssessment({ cycleId: cycle.id, expectationCode: 'M2', kind: 'consensus' });
    const parsed: object = RECORD_SCHEMAS.assessments.parse(consensus);
    expect(parsed).toStrictEqual(consensus);
    expect(Object.keys(parsed)).toEqual(Object.keys(consensus));
  });

  it('refuses a record that breaks its schema and stores nothing', async () => {
    const db = freshDatabase();
    const broken = { ...cycle, schoolYear: '2025-2027' };
    await expect(saveRecord(db, 'cycles', broken)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await listRecords(db, 'cycles')).toEqual([]);
  });

  it('keeps an attachment byte for byte', async () => {
    const db = freshDatabase();
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252]);
    const attachment = createAttachment({
      evidenceId: evidence.id,
      name: 'scan.png',
      bytes,
      type: 'image/png',
    });
    await saveRecord(db, 'attachments', attachment);
    const stored = await getRecord(db, 'attachments', attachment.id);
    expect(stored?.bytes).toEqual(bytes);
    expect(stored?.type).toBe('image/png');
  });

  it('reports a full disk as StorageFullError and leaves the database as it was', async () => {
    const db = freshDatabase();
    await saveRecord(db, 'cycles', cycle);
    const before = await dumpDatabase(db);
    const table = db.table('cycles');
    vi.spyOn(table, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    vi.spyOn(db, 'table').mockReturnValue(table as ReturnType<typeof db.table>);
    await expect(saveRecord(db, 'cycles', { ...cycle, title: 'Nieuwe titel' })).rejects.toBeInstanceOf(
      StorageFullError,
    );
    vi.restoreAllMocks();
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('never moves updatedAt backwards when the clock was set back', async () => {
    const db = freshDatabase();
    const future = { ...cycle, updatedAt: '2099-06-01T00:00:00.000Z' };
    const saved = await saveRecord(db, 'cycles', future);
    expect(saved.updatedAt).toBe('2099-06-01T00:00:00.000Z');
  });
});
