import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '../..');

/**
 * A full `astro build` (pages, search index, service worker) as a host would publish it under `base`, into a
 * fresh folder outside dist/ so the other tests keep theirs. Asynchronous, so the test's timeout still works.
 */
export async function buildSite(base: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'leersteunspiegel-base-'));
  await promisify(execFile)(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out],
    {
      cwd: ROOT,
      env: { ...process.env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return out;
}
