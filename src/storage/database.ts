import Dexie, { type EntityTable, type PromiseExtended } from 'dexie';
import type { Action } from '../domain/action';
import type { Assessment } from '../domain/assessment';
import type { Attachment } from '../domain/attachment';
import type { ConditionCheck } from '../domain/condition-check';
import type { Cycle } from '../domain/cycle';
import type { Evidence } from '../domain/evidence';
import type { JournalNote } from '../domain/journal-note';
import type { LscProfile } from '../domain/lsc-profile';
import type { Participant } from '../domain/participant';
import type { QualityCalendar } from '../domain/quality-calendar';
import type { Recommendation } from '../domain/recommendation';
import type { SchoolYearFigures } from '../domain/school-year-figures';
import type { Settings } from '../domain/settings';
import type { Survey } from '../domain/survey/survey';
import type { SurveyResponse } from '../domain/survey/survey-response';
import { hasErrorName } from './errors';
import {
  CURRENT_SCHEMA_VERSION,
  declareCurrentSchema,
  declareSchemaSteps,
  type SchemaStep,
} from './migrations';

/** The IndexedDB database's name in every browser; changing it would orphan every user's data. */
export const DATABASE_NAME = 'leersteunspiegel';

/** An automatic backup the app made before replacing or deleting data, kept so the user can go back. */
export interface Snapshot {
  /** A random UUID. */
  id: string;
  /** When it was made (ISO 8601 UTC). */
  createdAt: string;
  /** What the app was about to do. */
  reason: 'beforeRestore' | 'beforeDelete';
  /** The backup file (a ZIP archive) as bytes: WebKit refuses Blobs in IndexedDB in a private window. */
  bytes: Uint8Array;
  /** The number of those bytes, kept beside them (and indexed) so the list of snapshots need not read them. */
  size: number;
}

/** What the list of snapshots shows of one: everything but its contents. */
export type SnapshotSummary = Omit<Snapshot, 'bytes'>;

/** Leersteunspiegel's IndexedDB database: one table per record type, plus automatic snapshots. */
export class LeersteunspiegelDatabase extends Dexie {
  lscProfiles!: EntityTable<LscProfile, 'id'>;
  schoolYearFigures!: EntityTable<SchoolYearFigures, 'id'>;
  cycles!: EntityTable<Cycle, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  actions!: EntityTable<Action, 'id'>;
  recommendations!: EntityTable<Recommendation, 'id'>;
  conditionChecks!: EntityTable<ConditionCheck, 'id'>;
  journalNotes!: EntityTable<JournalNote, 'id'>;
  surveys!: EntityTable<Survey, 'id'>;
  surveyResponses!: EntityTable<SurveyResponse, 'id'>;
  qualityCalendars!: EntityTable<QualityCalendar, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;

  /** Tests pass older `steps` to create databases as an earlier version of the app left them. */
  constructor(name: string = DATABASE_NAME, steps?: readonly SchemaStep[]) {
    // No shared live-query cache: in its default mode Dexie deep-copies every live query's result on each read
    // (4.4.4, so a caller's in-place change cannot corrupt the cache), which on five years of data was the
    // largest task of the comparison (10,000 assessments) and a part of every cycle view's first render. The
    // views read each record once and never rely on optimistic updates; a write still re-runs their queries.
    super(name, { cache: 'disabled' });
    const declare = (version: number) => this.version(version);
    if (!steps && schemaMemory.openedAtCurrentSchema(name)) declareCurrentSchema(declare);
    else declareSchemaSteps(declare, steps);
  }

  // Every first query opens the database through here.
  override open(): PromiseExtended<Dexie> {
    return super.open().then(
      (db) => {
        if (this.verno === CURRENT_SCHEMA_VERSION) schemaMemory.remember(this.name);
        return db;
      },
      (error: unknown) => {
        // An OutdatedSchemaError (migrations.ts): the next page declares every step again and upgrades as it should.
        if (hasErrorName(error, ['OutdatedSchemaError'])) schemaMemory.forget(this.name);
        throw error;
      },
    );
  }
}

/**
 * Which databases this browser last opened at the newest schema, kept in localStorage so the next page knows it
 * before it opens the database; without localStorage (a worker, a refusing browser) every step is declared.
 */
const schemaMemory = {
  key: (name: string): string => `leersteunspiegel:schema:${name}`,
  openedAtCurrentSchema(name: string): boolean {
    try {
      return localStorage.getItem(this.key(name)) === String(CURRENT_SCHEMA_VERSION);
    } catch {
      return false;
    }
  },
  remember(name: string): void {
    try {
      localStorage.setItem(this.key(name), String(CURRENT_SCHEMA_VERSION));
    } catch {
      // Only the next page's start is slower.
    }
  },
  forget(name: string): void {
    try {
      localStorage.removeItem(this.key(name));
    } catch {
      // Nothing to forget where nothing could be kept.
    }
  },
};

let shared: LeersteunspiegelDatabase | undefined;

/** The page's one database connection, opened on first use. */
export function getDatabase(): LeersteunspiegelDatabase {
  shared ??= new LeersteunspiegelDatabase();
  return shared;
}
