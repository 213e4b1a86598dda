import type * as z from 'zod/mini';
import { ActionSchema } from '../domain/action';
import { AssessmentSchema } from '../domain/assessment';
import { AttachmentSchema } from '../domain/attachment';
import { ConditionCheckSchema } from '../domain/condition-check';
import { CycleSchema } from '../domain/cycle';
import { EvidenceSchema } from '../domain/evidence';
import { JournalNoteSchema } from '../domain/journal-note';
import { LscProfileSchema } from '../domain/lsc-profile';
import { ParticipantSchema } from '../domain/participant';
import { QualityCalendarSchema } from '../domain/quality-calendar';
import { RecommendationSchema } from '../domain/recommendation';
import { SchoolYearFiguresSchema } from '../domain/school-year-figures';
import { SettingsSchema } from '../domain/settings';
import { SurveySchema } from '../domain/survey/survey';
import { SurveyResponseSchema } from '../domain/survey/survey-response';

// DO NOT RENAME these tables or change a schema's stored shape without adding a schema step in migrations.ts:
// every browser that ever opened Leersteunspiegel holds data under these names.
/** Every table that holds user data, with the domain schema each of its records must satisfy. */
export const RECORD_SCHEMAS = {
  lscProfiles: LscProfileSchema,
  schoolYearFigures: SchoolYearFiguresSchema,
  cycles: CycleSchema,
  participants: ParticipantSchema,
  assessments: AssessmentSchema,
  evidence: EvidenceSchema,
  attachments: AttachmentSchema,
  actions: ActionSchema,
  recommendations: RecommendationSchema,
  conditionChecks: ConditionCheckSchema,
  journalNotes: JournalNoteSchema,
  surveys: SurveySchema,
  surveyResponses: SurveyResponseSchema,
  qualityCalendars: QualityCalendarSchema,
  settings: SettingsSchema,
} as const;

export type TableName = keyof typeof RECORD_SCHEMAS;
export type RecordOf<N extends TableName> = z.output<(typeof RECORD_SCHEMAS)[N]>;

/** The user-data tables in a fixed order: parents before the records that point to them. */
export const TABLE_NAMES = Object.keys(RECORD_SCHEMAS) as TableName[];

/**
 * A table whose record belongs to this browser, not to the data: whether the browser granted persistent
 * storage, when a backup was last made here, who the user is on this device. A backup carries none and a
 * restore never takes one, so a backup made elsewhere cannot claim a grant or an identity this device lacks.
 */
export type DeviceTable = 'settings';

/** The tables whose records a backup carries and a restore writes. */
export type BackedUpTable = Exclude<TableName, DeviceTable>;

/** Whether the table's records belong to this device only (see DeviceTable). */
export function isDeviceTable(table: TableName): table is DeviceTable {
  return table === 'settings';
}

/** The user-data tables without the device tables, in TABLE_NAMES's order. */
export const BACKED_UP_TABLES = TABLE_NAMES.filter((table): table is BackedUpTable => !isDeviceTable(table));
