import * as z from 'zod/mini';
import { lazySchema } from '../../domain/lazy-schema';
import packageJson from '../../../package.json' with { type: 'json' };
import { TABLE_NAMES, type TableName } from '../tables';

/** Identifies a Leersteunspiegel backup among other ZIP files. */
export const BACKUP_FORMAT = 'leersteunspiegel-backup';

/** Raised whenever the layout of the backup file changes; older formats are migrated on restore. */
export const BACKUP_FORMAT_VERSION = 1;

/** The app version written into every backup, for support questions. */
export const APP_VERSION = packageJson.version;

/** Paths inside the ZIP archive. */
export const MANIFEST_PATH = 'manifest.json';
export const DATA_PATH = 'data.json';
export const attachmentPath = (id: string): string => `attachments/${id}`;
/** The centre's logo, named by its profile's id; data.json holds its metadata and hash. */
export const logoPath = (profileId: string): string => `logos/${profileId}`;

const CountsSchema = lazySchema(() =>
  z.object(
    Object.fromEntries(TABLE_NAMES.map((table) => [table, z.number().check(z.int(), z.gte(0))])) as Record<
      TableName,
      z.ZodMiniNumber<number>
    >,
  ),
);

/** manifest.json: what the backup is and how to check it is whole. Documented in docs/backup-format.md. */
export const ManifestSchema = lazySchema(() =>
  z.object({
    /** Always "leersteunspiegel-backup". */
    format: z.literal(BACKUP_FORMAT),
    /** Layout version of the file; a newer one than this app knows is refused. */
    formatVersion: z.number().check(z.int(), z.gte(1)),
    /** Version of the app that wrote it. */
    appVersion: z.string(),
    /** Version of the database schema its records follow. */
    schemaVersion: z.number().check(z.int(), z.gte(1)),
    /** When it was made. */
    createdAt: z.iso.datetime(),
    /** Number of records per table, attachments included. */
    counts: CountsSchema,
    /** SHA-256 of data.json in lower-case hex; data.json in turn holds each attachment's SHA-256. */
    checksum: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
);
export type Manifest = z.output<typeof ManifestSchema>;

/** An attachment's row in data.json: its metadata, with the file's hash instead of the file. */
export interface AttachmentEntry {
  id: string;
  sha256: string;
  [field: string]: unknown;
}

/** data.json: every table's records, attachments without their bytes. */
export interface BackupData {
  tables: Record<TableName, Record<string, unknown>[]>;
}
