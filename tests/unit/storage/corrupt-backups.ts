import fc from 'fast-check';
import { strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { MAX_TEXT_LENGTH } from '../../../src/domain/record';
import { sha256Hex } from '../../../src/domain/sha256';
import { TABLE_NAMES, type TableName } from '../../../src/storage/tables';

/** A valid backup taken apart, so that broken variants of it can be put together. */
export interface BackupParts {
  files: Unzipped;
  manifest: Record<string, unknown>;
  data: { tables: Record<TableName, Record<string, unknown>[]> };
}

export function takeApart(bytes: Uint8Array): BackupParts {
  const files = unzipSync(bytes);
  const decode = (path: string): unknown => JSON.parse(new TextDecoder().decode(files[path]));
  return {
    files,
    manifest: decode('manifest.json') as BackupParts['manifest'],
    data: decode('data.json') as BackupParts['data'],
  };
}

/** Zips the parts again; with `rehash`, data.json gets a fresh checksum so the damage lies deeper. */
async function assemble(
  parts: BackupParts,
  options: { rehash: boolean; dataText?: string },
): Promise<Uint8Array> {
  const dataBytes = strToU8(options.dataText ?? JSON.stringify(parts.data));
  const manifest = { ...parts.manifest };
  if (options.rehash) {
    manifest.checksum = await sha256Hex(dataBytes);
    manifest.counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, parts.data.tables[t]?.length ?? 0]));
  }
  return zipSync({
    ...parts.files,
    'manifest.json': strToU8(JSON.stringify(manifest)),
    'data.json': dataBytes,
  });
}

const clone = (parts: BackupParts): BackupParts => ({
  files: { ...parts.files },
  manifest: structuredClone(parts.manifest),
  data: structuredClone(parts.data),
});

/** A value no field accepts in place of the field's proper value. */
const aWrongValue = fc.oneof(
  fc.constant(null),
  fc.constant({ $gt: '' }),
  fc.constant([null]),
  fc.integer(),
  fc.constant('X'.repeat(MAX_TEXT_LENGTH + 1)),
);

/** Fields that every record of the table has, and that only accept a specific shape. */
const STRICT_FIELDS: Record<TableName, string[]> = {
  lscProfiles: ['id', 'createdAt', 'updatedAt', 'supportTypes', 'institutionNumber', 'contactEmail'],
  schoolYearFigures: ['id', 'createdAt', 'updatedAt', 'schoolYear', 'pupils'],
  cycles: ['id', 'createdAt', 'updatedAt', 'title', 'schoolYear', 'scope', 'mode', 'status'],
  participants: ['id', 'cycleId', 'name', 'role', 'anonymous'],
  assessments: ['id', 'cycleId', 'expectationCode', 'kind', 'rating', 'supportLevels'],
  evidence: ['id', 'cycleId', 'title', 'kind', 'voices', 'expectationCodes'],
  attachments: ['id', 'evidenceId', 'name', 'size'],
  actions: ['id', 'cycleId', 'title', 'status', 'progressLog'],
  recommendations: ['id', 'cycleId', 'expectationCode', 'text'],
  conditionChecks: ['id', 'cycleId', 'conditionId', 'status', 'note', 'evidenceIds'],
  journalNotes: ['id', 'cycleId', 'expectationCode', 'participantId', 'date', 'text'],
  surveys: ['id', 'createdAt', 'updatedAt', 'cycleId', 'group', 'itemIds', 'startDate', 'endDate'],
  surveyResponses: ['id', 'surveyId', 'answers', 'openAnswers', 'channel'],
  qualityCalendars: ['id', 'createdAt', 'updatedAt', 'years'],
  settings: ['id', 'updatedAt', 'selfParticipantIds'],
};

/** The field by which a record of the table belongs to another record, which must be in the backup. */
const OWNER_FIELD = {
  participants: 'cycleId',
  assessments: 'cycleId',
  evidence: 'cycleId',
  actions: 'cycleId',
  recommendations: 'cycleId',
  conditionChecks: 'cycleId',
  journalNotes: 'cycleId',
  surveys: 'cycleId',
  surveyResponses: 'surveyId',
  attachments: 'evidenceId',
} as const satisfies Partial<Record<TableName, string>>;

/** Ways to break a bevraging, an answer or a year's figures that no single hostile field value covers. */
const RECORD_DAMAGE = {
  surveys: [
    ['a group nobody asks', (survey) => void (survey.group = 'grootouders')],
    ['an anonymity threshold of 2', (survey) => void (survey.anonymityThreshold = 2)],
    ['nobody asked', (survey) => void (survey.askedCount = 0)],
    ['a period ending before it starts', (survey) => void (survey.endDate = dayBefore(survey.startDate))],
    ['no statement', (survey) => void Object.assign(survey, { itemIds: [], ownStatements: [] })],
  ],
  surveyResponses: [
    ['an answer that is no text', (response) => void ((response.answers as Record<string, unknown>).x = 3)],
    [
      'an answer that is an object',
      (response) => void ((response.answers as Record<string, unknown>).x = {}),
    ],
    ['an open answer that is no text', (response) => void (response.openAnswers = { 'open-vraag': [1] })],
    [
      'an open answer longer than any text',
      (response) => void (response.openAnswers = { 'open-vraag': 'X'.repeat(MAX_TEXT_LENGTH + 1) }),
    ],
    ['a channel the app does not know', (response) => void (response.channel = 'e-mail')],
    ['a file fingerprint that is no SHA-256', (response) => void (response.sourceFile = 'abc')],
  ],
  schoolYearFigures: [
    ['a negative count', (figures) => void (figures.trajectories = -1)],
    ['a count with decimals', (figures) => void (figures.supportStaff = 2.5)],
    ['a VTE with three decimals', (figures) => void (figures.fte = 12.125)],
    ['an OV4-verslag for the basisaanbod', (figures) => void (figures.pupils = { ov4: { basisaanbod: 1 } })],
    [
      'the id of another school year',
      (figures) => void (figures.schoolYear = figures.schoolYear === '2030-2031' ? '2031-2032' : '2030-2031'),
    ],
  ],
} satisfies Record<string, [string, (record: Record<string, unknown>) => void][]>;

function dayBefore(date: unknown): string {
  const day = new Date(`${String(date)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Broken or hostile variants of a valid backup, each broken in a way that must be refused: never a valid file
 * by accident. Each yields the bytes and the kind of damage, for the test's message.
 */
export function corruptBackups(
  valid: Uint8Array,
): fc.Arbitrary<() => Promise<{ kind: string; bytes: Uint8Array }>> {
  const base = takeApart(valid);
  const tablesWithRecords = TABLE_NAMES.filter((t) => base.data.tables[t].length > 0);
  const aRecord = fc
    .constantFrom(...tablesWithRecords)
    .chain((table) => fc.tuple(fc.constant(table), fc.nat({ max: base.data.tables[table].length - 1 })));
  const ok = (kind: string, bytes: Uint8Array | Promise<Uint8Array>) => async () => ({
    kind,
    bytes: await bytes,
  });

  return fc.oneof(
    fc.uint8Array({ maxLength: 4000 }).map((bytes) => ok('random bytes', bytes)),
    fc.nat({ max: valid.length - 2 }).map((length) => ok('truncated', valid.slice(0, length))),
    fc
      .constantFrom('format', 'formatVersion', 'schemaVersion', 'checksum', 'counts', 'createdAt')
      .chain((field) =>
        aWrongValue.map((value) => {
          const parts = clone(base);
          parts.manifest[field] = field === 'formatVersion' || field === 'schemaVersion' ? 99 : value;
          return ok(`manifest.${field}`, assemble(parts, { rehash: false }));
        }),
      ),
    fc.string({ minLength: 1, maxLength: 200 }).map((junk) => {
      const parts = clone(base);
      return ok(
        'data.json edited, old checksum',
        assemble(parts, { rehash: false, dataText: `${JSON.stringify(parts.data)}${junk}` }),
      );
    }),
    fc
      .string({ maxLength: 200 })
      .map((text) => ok('data.json not JSON', assemble(clone(base), { rehash: true, dataText: `{${text}` }))),
    fc.constantFrom(...TABLE_NAMES).map((table) => {
      const parts = clone(base);
      delete (parts.data.tables as Partial<BackupParts['data']['tables']>)[table];
      return ok(`table ${table} missing`, assemble(parts, { rehash: true }));
    }),
    aRecord.chain(([table, index]) =>
      fc.tuple(fc.constantFrom(...STRICT_FIELDS[table]), aWrongValue).map(([field, value]) => {
        const parts = clone(base);
        const record = parts.data.tables[table][index]!;
        record[field] = value;
        return ok(`${table}[${index}].${field} hostile`, assemble(parts, { rehash: true }));
      }),
    ),
    aRecord.map(([table, index]) => {
      const parts = clone(base);
      parts.data.tables[table].push(structuredClone(parts.data.tables[table][index]!));
      return ok(`${table}[${index}] duplicated`, assemble(parts, { rehash: true }));
    }),
    fc
      .constantFrom(...(Object.keys(OWNER_FIELD) as (keyof typeof OWNER_FIELD)[]))
      .filter((table) => base.data.tables[table].length > 0)
      .map((table) => {
        const parts = clone(base);
        parts.data.tables[table][0]![OWNER_FIELD[table]] = crypto.randomUUID();
        return ok(`${table} points nowhere`, assemble(parts, { rehash: true }));
      }),
    fc
      .constantFrom(
        ...(['surveys', 'surveyResponses', 'schoolYearFigures'] as const).flatMap((table) =>
          base.data.tables[table].length > 0
            ? RECORD_DAMAGE[table].map(([what, damage]) => [table, what, damage] as const)
            : [],
        ),
      )
      .map(([table, what, damage]) => {
        const parts = clone(base);
        damage(parts.data.tables[table][0]!);
        return ok(`${table} with ${what}`, assemble(parts, { rehash: true }));
      }),
    fc.constantFrom(...base.data.tables.conditionChecks.keys()).map((index) => {
      const parts = clone(base);
      const record = parts.data.tables.conditionChecks[index]!;
      record.evidenceIds = [...(record.evidenceIds as string[]), crypto.randomUUID()];
      return ok(`conditionChecks[${index}] cites missing evidence`, assemble(parts, { rehash: true }));
    }),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => {
      const parts = clone(base);
      const path = Object.keys(parts.files).find((name) => name.startsWith('attachments/'));
      if (!path) throw new Error('the base backup needs an attachment');
      parts.files[path] = bytes;
      return ok('attachment bytes swapped', assemble(parts, { rehash: false }));
    }),
  );
}
