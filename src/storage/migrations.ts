import Dexie, { type Transaction } from 'dexie';
import { ADMINISTRATION_FIELDS } from '../domain/lsc-profile';
import type { TableName } from './tables';

/** A stored record before it is validated: whatever an older version of the app wrote. */
export type StoredRecord = Record<string, unknown>;

/** A table a schema step may rewrite: the user-data tables and the automatic snapshots. */
type StoredTable = TableName | 'snapshots';

/**
 * One change to the stored data, applied in order. `stores` is Dexie's index declaration for the tables it
 * changes; `migrate` rewrites records of older versions, as a pure function that returns a new object, after
 * `read` fetched what only arrives asynchronously. The same `read` and `migrate` run inside Dexie's upgrade
 * and on backups made by older versions, so both paths agree.
 */
export interface SchemaStep {
  /** Dexie version number; steps are numbered 1, 2, 3 … with no gaps. */
  version: number;
  /** What the step does, in a few words (also the name of its test). */
  name: string;
  /** Index declarations of the tables this step adds or changes (`null` deletes a table). */
  stores: Partial<Record<StoredTable, string | null>>;
  /** Per table, how a record of the previous version becomes one of this version: pure and synchronous. */
  migrate?: Partial<Record<StoredTable, (record: StoredRecord) => StoredRecord>>;
  /**
   * Per table, what `migrate` needs that the browser only hands over asynchronously (a Blob's bytes), added to
   * a copy of the record before `migrate` runs. Runs where the Dexie upgrade can wait for it.
   */
  read?: Partial<Record<StoredTable, (record: StoredRecord) => Promise<StoredRecord>>>;
  /**
   * Per table, a change that relates the table's records to each other (a copy tells its original where it
   * went): a pure function of all of them, after `migrate`, returning an unchanged record as the same object.
   */
  migrateTable?: Partial<Record<StoredTable, (records: readonly StoredRecord[]) => StoredRecord[]>>;
}

/** Adds the bytes of the record's `blob` as `bytes`; a record without a Blob is returned as it is. */
async function readBlobBytes(record: StoredRecord): Promise<StoredRecord> {
  const { blob } = record;
  return blob instanceof Blob ? { ...record, bytes: new Uint8Array(await blob.arrayBuffer()) } : record;
}

/** The record without its `blob`, whose bytes `readBlobBytes` added. */
function withoutBlob(record: StoredRecord): StoredRecord {
  const { blob: _blob, ...rest } = record;
  return rest;
}

/** Step 5: a participant with its origin, and its contribution with when it was read in and its version. */
function participantAsPerson(record: StoredRecord): StoredRecord {
  const contribution = record.contribution as StoredRecord | undefined;
  return {
    ...record,
    origin: contribution ? 'file' : 'added',
    ...(contribution
      ? { contribution: { ...contribution, receivedAt: record.updatedAt, version: 1, personal: false } }
      : {}),
  };
}

/**
 * Step 7: an action carried into next year's cycle before step 4 learns where it went from its copy, which
 * always named its original; of two copies (a successor started twice) the first made counts, as for cycles.
 */
function markCarriedOriginals(actions: readonly StoredRecord[]): StoredRecord[] {
  const firstCopy = new Map<unknown, StoredRecord>();
  for (const action of actions) {
    if (action.carriedOverFromId === undefined) continue;
    const known = firstCopy.get(action.carriedOverFromId);
    if (!known || String(action.createdAt) < String(known.createdAt))
      firstCopy.set(action.carriedOverFromId, action);
  }
  return actions.map((action) => {
    const copy = firstCopy.get(action.id);
    return copy && action.carriedOverToId === undefined ? { ...action, carriedOverToId: copy.id } : action;
  });
}

/** Step 11: a profile with the administration fields it did not have yet, blank; what it had stays. */
function withAdministration(profile: StoredRecord): StoredRecord {
  const blank = Object.fromEntries(ADMINISTRATION_FIELDS.map((field) => [field, '']));
  return { ...blank, ...profile };
}

/**
 * The snapshots' index that holds all their list shows (step 15), so the list reads no snapshot: each is a whole
 * backup, files included.
 */
export const SNAPSHOT_SUMMARY_INDEX = '[createdAt+reason+size]';

/**
 * The attachments' index that holds all a list of files shows (step 15), so the evidence library and the data
 * page read no file's bytes until one is opened.
 */
export const ATTACHMENT_SUMMARY_INDEX = '[evidenceId+createdAt+name+type+size]';

/**
 * Step 15: a snapshot with the number of its bytes beside them. One without bytes (none should be) counts as
 * empty rather than stop the upgrade, which would keep the whole app from opening its data.
 */
function withSize(snapshot: StoredRecord): StoredRecord {
  const { bytes } = snapshot;
  return { ...snapshot, size: bytes instanceof Uint8Array ? bytes.byteLength : 0 };
}

export const SCHEMA_STEPS: readonly SchemaStep[] = [
  {
    version: 1,
    name: 'initial tables',
    stores: {
      lscProfiles: 'id',
      cycles: 'id, schoolYear, status, updatedAt',
      participants: 'id, cycleId',
      assessments: 'id, cycleId, participantId, [cycleId+expectationCode]',
      evidence: 'id, cycleId, kind, *expectationCodes',
      attachments: 'id, evidenceId',
      actions: 'id, cycleId, status, dueDate, *expectationCodes',
      settings: 'id',
      snapshots: 'id, createdAt',
    },
  },
  {
    version: 2,
    name: 'recommendations and condition checks',
    stores: {
      recommendations: 'id, cycleId, [cycleId+expectationCode]',
      conditionChecks: 'id, cycleId, [cycleId+conditionId]',
    },
  },
  {
    // Cycles and participants gain optional fields only (anonymousContributions, invitation, contribution),
    // so no record is rewritten; the new index finds a member's cycle for an invitation opened again.
    version: 3,
    name: 'team invitations and contributions',
    stores: {
      cycles: 'id, schoolYear, status, updatedAt, invitation.teamCycleId',
    },
  },
  {
    // Cycles gain closedAt and reopenings, actions carriedOverToId, evidence carriedOverFromId. A cycle closed
    // before closing was dated gets its last change as the day it closed; the new index finds a successor.
    version: 4,
    name: 'closed cycles and their successor',
    stores: {
      cycles: 'id, schoolYear, status, updatedAt, invitation.teamCycleId, previousCycleId',
    },
    migrate: {
      cycles: (cycle) =>
        cycle.status === 'closed' && cycle.closedAt === undefined
          ? { ...cycle, closedAt: cycle.updatedAt }
          : cycle,
    },
  },
  {
    // Participants become people rather than files: each says whether the coordinator listed them or a file
    // brought them, and a contribution says when it was read in and which version it is. Those read in before
    // came from files, as their first version; when they were read in is taken from their last change.
    // Cycles (contributionDeadline, invitation.participant) and good-practice criteria (backedByMember)
    // gain optional fields only.
    version: 5,
    name: 'participants as people',
    stores: {},
    migrate: { participants: participantAsPerson },
  },
  {
    // WebKit refuses Blobs in IndexedDB in private windows ("Error preparing Blob/File data to be stored in
    // object store"), so files are kept as bytes with their media type, which every engine stores. Backups
    // never held Blobs (their files sit beside data.json), so `read` finds nothing to do there.
    version: 6,
    name: 'attachments as bytes',
    stores: {},
    read: { attachments: readBlobBytes, snapshots: readBlobBytes },
    migrate: { attachments: withoutBlob, snapshots: withoutBlob },
  },
  {
    // Since step 4 starting next year's cycle marks each carried action's original, so last year's plan no
    // longer counts it as open; actions carried over by an older app get that mark now. No field is new.
    version: 7,
    name: 'carried actions marked on their original',
    stores: {},
    migrateTable: { actions: markCarriedOriginals },
  },
  {
    // A person's dated notes per expectation (their journal), so a reflection grows over the year instead of
    // being one overwritten text. A new table only: no record of an older version changes.
    version: 8,
    name: 'journal notes per expectation',
    stores: { journalNotes: 'id, cycleId, participantId' },
  },
  {
    // Bevragingen of schools, teachers, parents and pupils, and their anonymous answers (issue 18). New tables
    // only: no record of an older version changes.
    version: 9,
    name: 'bevragingen and their answers',
    stores: { surveys: 'id, cycleId', surveyResponses: 'id, surveyId' },
  },
  {
    // An answer says how it reached the centre (issue 19: answer files, paper forms and spreadsheets join the
    // afnamemodus). Every answer stored before came from the afnamemodus, the only channel there was.
    version: 10,
    name: 'answers with their channel',
    stores: {},
    migrate: { surveyResponses: (response) => ({ ...response, channel: 'kiosk' }) },
  },
  {
    // The kwaliteitskalender: which expectations are in focus in which school year (issue 17, BL2's cyclical
    // self-evaluation). A new table only: no record of an older version changes.
    version: 11,
    name: 'the quality calendar',
    stores: { qualityCalendars: 'id' },
  },
  {
    // The centre's administration as data (issue 17): the profile gains its instellingsnummer, address,
    // schoolbestuur, director and contact, blank until filled in; the figures a centre reports come per school
    // year in a table of their own, one record per year, so a later year never overwrites an earlier one.
    version: 12,
    name: 'administration and figures per school year',
    stores: { schoolYearFigures: 'id, &schoolYear' },
    migrate: { lscProfiles: withAdministration },
  },
  {
    // Chosen recommendations (issue 17): a recommendation may carry the group the team chose, its order there and
    // the actions it links to. All three are optional and absent means "the level's proposal, no extra links", which
    // is what every older record meant, so no record is rewritten and no index changes. A link to an action that
    // is gone is ignored when the report is built, so backups are not refused for one.
    version: 13,
    name: 'chosen recommendations',
    stores: {},
  },
  {
    // The centre's logo on the report's cover (issue 17): the profile may carry a PNG or JPEG as bytes with its
    // type and pixel size. Optional and absent means "no logo", as every older profile meant, so no record is
    // rewritten and no index changes; backups carry its bytes beside data.json (backup/README.md).
    version: 14,
    name: "the centre's logo",
    stores: {},
  },
  {
    // Reads that need a field, not the records (issue 20). The cycle list and the comparison of cycles read every
    // cycle's consensus: without an index they found it by every key of the table less those of the persons'
    // ratings, ten thousand keys on five years of data for some ninety records. The evidence library lists each
    // source's files, and the data page the space they take and the automatic snapshots with their size: without
    // indexes they read every file's bytes and every snapshot (a whole backup each). A snapshot now keeps its
    // size beside its bytes; no record of the user's data is rewritten.
    version: 15,
    name: 'indexes for what lists show',
    stores: {
      assessments: 'id, cycleId, participantId, [cycleId+expectationCode], kind',
      attachments: `id, evidenceId, ${ATTACHMENT_SUMMARY_INDEX}`,
      snapshots: `id, createdAt, ${SNAPSHOT_SUMMARY_INDEX}`,
    },
    migrate: { snapshots: withSize },
  },
];

/** The version of the newest step: what the current app writes. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_STEPS.reduce(
  (newest, step) => Math.max(newest, step.version),
  0,
);

/** The user-data tables a database of `version` has: those its steps declared and did not delete since. */
export function tablesOfVersion(version: number): Set<TableName> {
  const tables = Object.entries(storesUpTo(version)).filter(
    ([table, stores]) => table !== 'snapshots' && stores !== null,
  );
  return new Set(tables.map(([table]) => table as TableName));
}

/** One record through one step: what it needs read first, then its pure migration. */
async function migrateRecord(
  step: SchemaStep,
  table: StoredTable,
  record: StoredRecord,
): Promise<StoredRecord> {
  const read = step.read?.[table];
  const migrate = step.migrate?.[table];
  const complete = read ? await read(record) : record;
  return migrate ? migrate(complete) : complete;
}

/** Brings one table's records from `fromVersion` to the current version, step by step. */
export async function migrateRecords(
  table: TableName,
  records: readonly StoredRecord[],
  fromVersion: number,
): Promise<StoredRecord[]> {
  let current = [...records];
  for (const step of SCHEMA_STEPS.filter((candidate) => candidate.version > fromVersion)) {
    current = await Promise.all(current.map((record) => migrateRecord(step, table, record)));
    const migrateTable = step.migrateTable?.[table];
    if (migrateTable) current = migrateTable(current);
  }
  return current;
}

/** Dexie's `db.version(n)`, as the steps use it. */
type DeclareVersion = (version: number) => {
  stores(schema: Record<string, string | null>): {
    upgrade(fn: (tx: Transaction) => Promise<void>): unknown;
  };
};

/** The index declarations of every step up to `version`, merged: the tables a database of that version has. */
function storesUpTo(version: number): Record<string, string | null> {
  return Object.assign(
    {},
    ...SCHEMA_STEPS.filter((step) => step.version <= version).map((step) => step.stores),
  );
}

/**
 * Declares the newest schema as one version: enough to open a database that is already at that version or does
 * not exist yet (Dexie creates the newest tables at once). Far cheaper than every step, which Dexie re-reads on
 * each declaration: fourteen steps took 20 ms of every page's start on a school laptop. A database found older
 * would be upgraded without its migrations, so that upgrade is refused with `OutdatedSchemaError` and changes
 * nothing; every step is declared on the next open.
 */
export function declareCurrentSchema(declare: DeclareVersion): void {
  declare(CURRENT_SCHEMA_VERSION)
    .stores(storesUpTo(CURRENT_SCHEMA_VERSION))
    .upgrade(() => Promise.reject(new OutdatedSchemaError()));
}

/** An older database met where the newest was expected: opened again, with every step, it upgrades as it should. */
export class OutdatedSchemaError extends Error {
  constructor() {
    super('The database is older than the schema it was opened with');
    this.name = 'OutdatedSchemaError';
  }
}

/** Applies the steps to Dexie, each migration inside its own upgrade transaction. */
export function declareSchemaSteps(
  declare: DeclareVersion,
  steps: readonly SchemaStep[] = SCHEMA_STEPS,
): void {
  for (const step of steps) {
    const version = declare(step.version).stores(step.stores);
    const { migrate = {}, read, migrateTable = {} } = step;
    if (!step.migrate && !step.migrateTable) continue;
    version.upgrade(async (tx) => {
      for (const [table, migrateOne] of Object.entries(migrate) as [
        StoredTable,
        (record: StoredRecord) => StoredRecord,
      ][]) {
        const store = tx.table(table);
        if (!read?.[table]) {
          await store.toCollection().modify((record: StoredRecord, ref: { value: StoredRecord }) => {
            ref.value = migrateOne(record);
          });
          continue;
        }
        // One record at a time, so a table of large files is never in memory at once; Dexie.waitFor keeps the
        // upgrade transaction open while the browser reads a Blob, which is not an IndexedDB request.
        for (const key of await store.toCollection().primaryKeys()) {
          const record = (await store.get(key)) as StoredRecord;
          await store.put(await Dexie.waitFor(migrateRecord(step, table, record)));
        }
      }
      for (const [table, migrateAll] of Object.entries(migrateTable) as [
        StoredTable,
        (records: readonly StoredRecord[]) => StoredRecord[],
      ][]) {
        const store = tx.table(table);
        const records = (await store.toArray()) as StoredRecord[];
        const changed = migrateAll(records).filter((record, index) => record !== records[index]);
        await store.bulkPut(changed);
      }
    });
  }
}
