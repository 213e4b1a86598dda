import { zipSync, type Zippable } from 'fflate';
import type { Attachment } from '../../domain/attachment';
import type { LscProfile } from '../../domain/lsc-profile';
import type { LeersteunspiegelDatabase } from '../database';
import { CURRENT_SCHEMA_VERSION } from '../migrations';
import { BACKED_UP_TABLES, TABLE_NAMES, isDeviceTable, type TableName } from '../tables';
import { sha256Hex } from '../../domain/sha256';
import {
  APP_VERSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DATA_PATH,
  MANIFEST_PATH,
  attachmentPath,
  logoPath,
  type BackupData,
  type Manifest,
} from './format';
import { compareCodes } from '../../domain/code-order';

const encoder = new TextEncoder();

/**
 * Reads every table in one transaction, so the backup is a consistent picture of one moment. A device table
 * stays in the file, empty, so the file keeps the shape every version of the app reads.
 */
async function readAllTables(db: LeersteunspiegelDatabase) {
  return db.transaction('r', BACKED_UP_TABLES, async () => {
    const entries = await Promise.all(
      TABLE_NAMES.map(
        async (table) => [table, isDeviceTable(table) ? [] : await db.table(table).toArray()] as const,
      ),
    );
    return Object.fromEntries(entries) as Record<TableName, Record<string, unknown>[]>;
  });
}

const byId = (a: Record<string, unknown>, b: Record<string, unknown>): number =>
  compareCodes(String(a.id), String(b.id));

/**
 * Writes the whole database, attachments included, into one ZIP file: manifest.json, data.json and one file
 * per attachment. Records are sorted by id, so the same data always gives the same data.json and checksum.
 */
export async function createBackup(
  db: LeersteunspiegelDatabase,
  now: Date = new Date(),
): Promise<{ bytes: Uint8Array; manifest: Manifest }> {
  const tables = await readAllTables(db);
  const files: Zippable = {};
  const attachments: Record<string, unknown>[] = [];
  for (const record of (tables.attachments as Attachment[]).sort(byId)) {
    const { bytes, ...metadata } = record;
    files[attachmentPath(record.id)] = [bytes, { level: 0 }];
    attachments.push({ ...metadata, sha256: await sha256Hex(bytes) });
  }
  // A logo's bytes go beside data.json like an attachment's, its record keeping the hash instead.
  const lscProfiles: Record<string, unknown>[] = [];
  for (const profile of tables.lscProfiles as LscProfile[]) {
    if (!profile.logo) {
      lscProfiles.push(profile);
      continue;
    }
    const { bytes, ...metadata } = profile.logo;
    files[logoPath(profile.id)] = [bytes, { level: 0 }];
    lscProfiles.push({ ...profile, logo: { ...metadata, sha256: await sha256Hex(bytes) } });
  }
  const data: BackupData = {
    tables: { ...tables, attachments, lscProfiles } as BackupData['tables'],
  };
  for (const table of TABLE_NAMES) data.tables[table].sort(byId);

  const dataBytes = encoder.encode(JSON.stringify(data));
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: APP_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    counts: Object.fromEntries(
      TABLE_NAMES.map((table) => [table, data.tables[table].length]),
    ) as Manifest['counts'],
    checksum: await sha256Hex(dataBytes),
  };
  files[MANIFEST_PATH] = encoder.encode(JSON.stringify(manifest, null, 2));
  files[DATA_PATH] = dataBytes;
  return { bytes: zipSync(files, { level: 6 }), manifest };
}
