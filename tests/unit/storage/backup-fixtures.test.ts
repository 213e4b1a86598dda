import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT_VERSION } from '../../../src/storage/backup/format';
import { readBackup } from '../../../src/storage/backup/read-backup';
import { restoreBackup } from '../../../src/storage/backup/restore-backup';
import { freshDatabase } from './test-database';

const dir = join(import.meta.dirname, '../../fixtures/backups');
const fixtures = readdirSync(dir).filter((file) => file.endsWith('.zip'));

describe('backup files written by earlier versions', () => {
  it('include one of every format version so far', () => {
    const versions = new Set(fixtures.map((file) => Number(/^v(\d+)-/.exec(file)?.[1])));
    for (let version = 1; version <= BACKUP_FORMAT_VERSION; version++)
      expect(versions.has(version), `v${version}`).toBe(true);
  });

  it.each(fixtures)('%s still restores completely, attachments included', async (file) => {
    const contents = await readBackup(new Uint8Array(readFileSync(join(dir, file))));
    const db = freshDatabase();
    await restoreBackup(db, contents, 'replace');
    expect(await db.cycles.count()).toBe(contents.manifest.counts.cycles);
    const [attachment] = await db.attachments.toArray();
    expect(new TextDecoder().decode(await attachment!.blob.arrayBuffer())).toMatch(/^%PDF-1\.4/);
    expect((await db.lscProfiles.toArray())[0]?.name).toBe('LSC Voorbeeld');
  });
});
