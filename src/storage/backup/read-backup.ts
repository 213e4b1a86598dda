import { unzipSync, type Unzipped } from 'fflate';
import * as z from 'zod/mini';
import { lazySchema } from '../../domain/lazy-schema';
import { MAX_ATTACHMENT_BYTES } from '../../domain/attachment';
import { MAX_LOGO_BYTES } from '../../domain/lsc-profile';
import { CURRENT_SCHEMA_VERSION, migrateRecords, tablesOfVersion } from '../migrations';
import { BACKED_UP_TABLES, TABLE_NAMES, type BackedUpTable, type RecordOf, type TableName } from '../tables';
import { RECORD_SCHEMAS } from '../record-validation';
import { BackupError, type BackupProblem } from './backup-error';
import { sha256Hex } from '../../domain/sha256';
import { checkReferences } from './check-references';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DATA_PATH,
  MANIFEST_PATH,
  ManifestSchema,
  attachmentPath,
  logoPath,
  type Manifest,
} from './format';

/** A backup that passed every check, its records valid for the current schema; no device settings. */
export interface BackupContents {
  manifest: Manifest;
  records: { [N in BackedUpTable]: RecordOf<N>[] };
}

/** Largest data.json accepted: far above any real centre's data, well below what would exhaust memory. */
const MAX_DATA_BYTES = 256 * 1024 * 1024;
const MAX_PROBLEMS_REPORTED = 20;
const decoder = new TextDecoder('utf-8', { fatal: true });

function unzip(bytes: Uint8Array): Unzipped {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) throw new BackupError('notABackup');
  let tooLarge = false;
  try {
    // Only the files a backup has are unpacked, and only up to their size limits, so a crafted archive
    // cannot make the browser unpack gigabytes.
    const files = unzipSync(bytes, {
      filter: (file) => {
        const limit =
          file.name === MANIFEST_PATH
            ? 64 * 1024
            : file.name === DATA_PATH
              ? MAX_DATA_BYTES
              : file.name.startsWith('logos/')
                ? MAX_LOGO_BYTES
                : MAX_ATTACHMENT_BYTES;
        const known =
          file.name === MANIFEST_PATH ||
          file.name === DATA_PATH ||
          file.name.startsWith('attachments/') ||
          file.name.startsWith('logos/');
        if (known && file.originalSize > limit) tooLarge = true;
        return known && !tooLarge;
      },
    });
    if (tooLarge) throw new BackupError('tooLarge');
    return files;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('damaged', [{ message: 'het ZIP-bestand is onvolledig of beschadigd' }]);
  }
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    throw new BackupError('damaged', [{ message: `${what} is geen geldige JSON` }]);
  }
}

/**
 * A backup of an older schema version has no entry for the tables added since: they were empty then. Adds
 * them as `empty` where they are missing; a table the backup's version had must be there, or the file is damaged.
 */
function withTablesAddedSince(value: unknown, schemaVersion: unknown, empty: () => unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion)) return value;
  const existing = tablesOfVersion(schemaVersion);
  const completed: Record<string, unknown> = { ...value };
  for (const table of TABLE_NAMES) {
    if (!existing.has(table) && !Object.hasOwn(completed, table)) completed[table] = empty();
  }
  return completed;
}

function readManifest(files: Unzipped): Manifest {
  const bytes = files[MANIFEST_PATH];
  if (!bytes) throw new BackupError('notABackup');
  const raw = parseJson(bytes, MANIFEST_PATH);
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('notABackup');
  }
  const { formatVersion, schemaVersion } = raw as { formatVersion?: unknown; schemaVersion?: unknown };
  if (
    (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) ||
    (typeof schemaVersion === 'number' && schemaVersion > CURRENT_SCHEMA_VERSION)
  ) {
    throw new BackupError('newerFormat');
  }
  const manifest = ManifestSchema.safeParse({
    ...raw,
    counts: withTablesAddedSince((raw as { counts?: unknown }).counts, schemaVersion, () => 0),
  });
  if (!manifest.success) {
    throw new BackupError(
      'damaged',
      manifest.error.issues.map((issue) => ({
        field: `manifest.${issue.path.join('.')}`,
        message: issue.message,
      })),
    );
  }
  return manifest.data;
}

const DataSchema = lazySchema(() =>
  z.object({
    tables: z.object(
      Object.fromEntries(
        TABLE_NAMES.map((table) => [table, z.array(z.record(z.string(), z.unknown()))]),
      ) as Record<TableName, z.ZodMiniArray<z.ZodMiniRecord<z.ZodMiniString<string>, z.ZodMiniUnknown>>>,
    ),
  }),
);

async function readData(files: Unzipped, manifest: Manifest) {
  const bytes = files[DATA_PATH];
  if (!bytes) throw new BackupError('damaged', [{ message: `${DATA_PATH} ontbreekt` }]);
  if ((await sha256Hex(bytes)) !== manifest.checksum) throw new BackupError('checksumMismatch');
  const raw = parseJson(bytes, DATA_PATH) as { tables?: unknown } | null;
  const data = DataSchema.safeParse(
    typeof raw === 'object' && raw !== null
      ? { ...raw, tables: withTablesAddedSince(raw.tables, manifest.schemaVersion, () => []) }
      : raw,
  );
  if (!data.success)
    throw new BackupError('damaged', [{ message: `${DATA_PATH} heeft niet de verwachte vorm` }]);
  for (const table of TABLE_NAMES) {
    if (data.data.tables[table].length !== manifest.counts[table]) {
      throw new BackupError('damaged', [
        { table, message: 'het aantal records klopt niet met manifest.json' },
      ]);
    }
  }
  return data.data.tables;
}

/**
 * Checks each attachment's file against the hash its record holds. Returns the records without their hashes,
 * and the files' bytes in the same order, to be joined once the records are migrated: data.json never held
 * the bytes, in any schema version.
 */
async function readAttachmentFiles(files: Unzipped, entries: Record<string, unknown>[]) {
  const records: Record<string, unknown>[] = [];
  const bytes: Uint8Array[] = [];
  for (const [index, entry] of entries.entries()) {
    const { sha256, ...metadata } = entry;
    const file = typeof entry.id === 'string' ? files[attachmentPath(entry.id)] : undefined;
    if (!file || typeof sha256 !== 'string' || (await sha256Hex(file)) !== sha256) {
      throw new BackupError('checksumMismatch', [
        { table: 'attachments', index, message: 'een bijlage ontbreekt of is gewijzigd' },
      ]);
    }
    records.push(metadata);
    // A copy of its own: a view into the archive would make IndexedDB store the whole archive with each file.
    bytes.push(file.slice());
  }
  return { records, bytes };
}

/**
 * Joins each profile's logo to its file, checked against the hash its record holds; the schema checks next that
 * the bytes are the PNG or JPEG the record says. A logo whose file is missing or changed refuses the file, as an
 * attachment's does.
 */
async function withLogoFiles(files: Unzipped, profiles: Record<string, unknown>[]) {
  const joined: Record<string, unknown>[] = [];
  for (const [index, profile] of profiles.entries()) {
    const logo = profile.logo;
    if (typeof logo !== 'object' || logo === null) {
      joined.push(profile);
      continue;
    }
    const { sha256, ...metadata } = logo as Record<string, unknown>;
    const file = typeof profile.id === 'string' ? files[logoPath(profile.id)] : undefined;
    if (!file || typeof sha256 !== 'string' || (await sha256Hex(file)) !== sha256) {
      throw new BackupError('checksumMismatch', [
        { table: 'lscProfiles', index, field: 'logo', message: 'het logo ontbreekt of is gewijzigd' },
      ]);
    }
    joined.push({ ...profile, logo: { ...metadata, bytes: file.slice() } });
  }
  return joined;
}

/** One table's records from the file, migrated to the current schema version, attachments with their bytes. */
async function migratedTable(
  files: Unzipped,
  table: TableName,
  stored: Record<string, unknown>[],
  fromVersion: number,
) {
  if (table === 'lscProfiles') return migrateRecords(table, await withLogoFiles(files, stored), fromVersion);
  if (table !== 'attachments') return migrateRecords(table, stored, fromVersion);
  const { records, bytes } = await readAttachmentFiles(files, stored);
  const migrated = await migrateRecords(table, records, fromVersion);
  return migrated.map((record, index) => ({ ...record, bytes: bytes[index] }));
}

function validateTable<N extends TableName>(
  table: N,
  records: Record<string, unknown>[],
  problems: BackupProblem[],
) {
  const valid: RecordOf<N>[] = [];
  for (const [index, record] of records.entries()) {
    const result = RECORD_SCHEMAS[table].safeParse(record);
    if (result.success) valid.push(result.data as RecordOf<N>);
    else {
      for (const issue of result.error.issues) {
        problems.push({ table, index, field: issue.path.join('.'), message: issue.message });
      }
    }
  }
  return valid;
}

/**
 * Reads and checks a backup file completely — archive, manifest, checksums, every record against its schema,
 * every reference — migrating records of older versions on the way. Throws BackupError on the first kind of
 * problem found; touches no database.
 */
export async function readBackup(bytes: Uint8Array): Promise<BackupContents> {
  const files = unzip(bytes);
  const manifest = readManifest(files);
  const tables = await readData(files, manifest);
  const problems: BackupProblem[] = [];
  const records = {} as BackupContents['records'];
  // A device table an older app wrote into the file is never read: it belongs to the browser that made it.
  for (const table of BACKED_UP_TABLES) {
    const migrated = await migratedTable(files, table, tables[table], manifest.schemaVersion);
    (records as Record<BackedUpTable, unknown[]>)[table] = validateTable(table, migrated, problems);
  }
  if (problems.length > 0) throw new BackupError('invalidRecords', problems.slice(0, MAX_PROBLEMS_REPORTED));
  const inconsistencies = checkReferences(records);
  if (inconsistencies.length > 0) {
    throw new BackupError('inconsistent', inconsistencies.slice(0, MAX_PROBLEMS_REPORTED));
  }
  return { manifest, records };
}
