import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });
const RULE = 'no-restricted-syntax';

/** The lines on which the project's ESLint config refuses an address written from the top of the site. */
async function refusedLines(file: string, code: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === RULE).map((message) => message.line);
}

describe('an address written by hand from the top of the site', () => {
  it('is refused in an island, as an attribute, a string or a template', async () => {
    const island = [
      "import { sitePath } from '../site-path';",
      'export const Link = () => <a href="/app/">app</a>;',
      "export const data = '/app/gegevens/';",
      'export const rate = (slug: string) => `/app/beoordelen/${slug}/`;',
      "export const fine = [sitePath('app/'), '#inhoud', 'https://webkit.org/', `${sitePath()}over/`];",
      '',
    ].join('\n');
    expect(await refusedLines('src/ui/planted.tsx', island)).toEqual([2, 3, 4]);
  });

  it('is refused in an Astro page, in a link and in a form', async () => {
    const page = [
      '---',
      "import { sitePath } from '../ui/site-path';",
      '---',
      '<a href="/over/">Over</a>',
      '<form action="/zoeken/"><input name="q" /></form>',
      "<a href={sitePath('privacy/')}>Privacy</a>",
      '',
    ].join('\n');
    expect(await refusedLines('src/pages/planted.astro', page)).toEqual([4, 5]);
  });

  it('is allowed in a build step, where it is a file path', async () => {
    expect(await refusedLines('src/build/planted.ts', "export const dir = '/tmp/site';\n")).toEqual([]);
  });
});
