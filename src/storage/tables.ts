import type * as z from 'zod/mini';
import type { RECORD_SCHEMAS } from './record-validation';

// DO NOT RENAME these tables or change a schema's stored shape without adding a schema step in migrations.ts:
// every browser that ever opened Leersteunspiegel holds data under these names.
/**
 * The user-data tables in a fixed order: parents before the records that point to them. A plain list, so a page
 * that reads knows the tables without loading their schemas (RECORD_SCHEMAS, in record-validation.ts) and zod.
 */
export const TABLE_NAMES = [
  'lscProfiles',
  'schoolYearFigures',
  'cycles',
  'participants',
  'assessments',
  'evidence',
  'attachments',
  'actions',
  'recommendations',
  'conditionChecks',
  'journalNotes',
  'surveys',
  'surveyResponses',
  'qualityCalendars',
  'settings',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];
export type RecordOf<N extends TableName> = z.output<(typeof RECORD_SCHEMAS)[N]>;

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
