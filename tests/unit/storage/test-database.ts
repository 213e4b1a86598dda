import { LeersteunspiegelDatabase, type Snapshot } from '../../../src/storage/database';
import { TABLE_NAMES } from '../../../src/storage/tables';
import type { SchemaStep } from '../../../src/storage/migrations';

/** A new, empty database of its own, so tests never share state. */
export function freshDatabase(steps?: readonly SchemaStep[]): LeersteunspiegelDatabase {
  return new LeersteunspiegelDatabase(`test-${crypto.randomUUID()}`, steps);
}

/** A value as JSON-able data, Blobs as their bytes in base64 and their type, bytes in base64. */
export async function serialise(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    return { blob: Buffer.from(await value.arrayBuffer()).toString('base64'), type: value.type };
  }
  if (value instanceof Uint8Array) return { bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return Promise.all(value.map(serialise));
  if (value && typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value).map(async ([k, v]) => [k, await serialise(v)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}

/** Everything in the database, snapshots and attachment bytes included, as one comparable string. */
export async function dumpDatabase(db: LeersteunspiegelDatabase): Promise<string> {
  const tables: Record<string, unknown> = {};
  for (const table of [...TABLE_NAMES, 'snapshots'] as const) {
    const rows = (await db.table(table).toArray()) as { id: string }[] | Snapshot[];
    tables[table] = await serialise([...rows].sort((a, b) => a.id.localeCompare(b.id)));
  }
  return JSON.stringify(tables);
}
