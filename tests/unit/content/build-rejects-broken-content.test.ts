import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const copies: string[] = [];

/** A throw-away copy of the site (sharing node_modules) in which one piece of content can be broken. */
function copyOfSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leersteunspiegel-build-'));
  copies.push(dir);
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function build(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('astro build on broken referentiekader content', () => {
  it('fails and names the missing expectation', () => {
    const dir = copyOfSite();
    unlinkSync(join(dir, 'content/expectations/m2.md'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('expectation M2 is missing');
    expect(output).toContain('expected 17 expectations, found 16');
  });

  it('fails and names the duplicated expectation', () => {
    const dir = copyOfSite();
    cpSync(join(dir, 'content/expectations/s1.md'), join(dir, 'content/expectations/s1-kopie.md'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('expectation S1 occurs more than once');
  });

  it('fails on a code that does not exist, naming the file', () => {
    const dir = copyOfSite();
    const file = join(dir, 'content/expectations/bl5.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('code: BL5', 'code: BL6'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/bl5/);
    expect(output).toMatch(/code/);
  });
}, 120_000);
