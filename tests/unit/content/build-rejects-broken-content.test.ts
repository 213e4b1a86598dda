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

/** Runs an astro command (`build`, or `sync`, the content validation every build starts with) in a copy. */
function astro(command: 'build' | 'sync', dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
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
  // One build for both problems: a build takes 10-15 s on two cores, and the checks report every problem at once.
  it('fails and names the missing expectation and the duplicated one', () => {
    const dir = copyOfSite();
    unlinkSync(join(dir, 'content/expectations/m2.md'));
    cpSync(join(dir, 'content/expectations/s1.md'), join(dir, 'content/expectations/s1-kopie.md'));
    const { status, output } = astro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toContain('expectation M2 is missing');
    expect(output).toContain('expectation S1 occurs more than once');
  });

  it('fails on a code that does not exist, naming the file, before anything is built', () => {
    const dir = copyOfSite();
    const file = join(dir, 'content/expectations/bl5.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('code: BL5', 'code: BL6'));
    const { status, output } = astro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/bl5/);
    expect(output).toMatch(/code/);
  });

  it('fails on a questionnaire statement that informs an expectation that does not exist', () => {
    const dir = copyOfSite();
    const file = join(dir, 'content/questionnaires/ouders.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace("informs: ['BL1']", "informs: ['BL6']"));
    const { status, output } = astro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/ouders/);
    expect(output).toMatch(/informs/);
  });
}, 120_000);
