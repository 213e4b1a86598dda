import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ExpectationSchema, type Expectation } from '../../src/domain/framework/expectation';
import { expectationSlug } from '../../src/domain/framework/expectation-code';
import { HelperContentSchema, type HelperContent } from '../../src/domain/framework/helper-content';
import { SUPPORT_LEVELS } from '../../src/domain/framework/support-level';
import * as strings from '../../src/ui/strings';
import { readMarkdownFolder, readYamlFolder } from '../unit/content/read-content';

/**
 * A stock Starlight site with the referentiekader's 17 reading pages, for the benchmark's side-by-side: the same
 * words as our expectation pages (the kwaliteitsbeeld word for word, and our reflection questions and sources),
 * in Starlight's default theme, search and layout. Only the title and the pages are ours: any tuning would
 * measure our configuration instead of what a team gets from `npm create astro -- --template starlight`.
 */

const ROOT = join(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** The versions of Astro and Starlight the repository pins, which the Starlight site is built with. */
export function pinnedVersions(): { astro: string; '@astrojs/starlight': string } {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  return {
    astro: pkg.dependencies['astro'] ?? '',
    '@astrojs/starlight': pkg.devDependencies['@astrojs/starlight'] ?? '',
  };
}

/** The site's title, as Starlight shows it in its header. */
export const STARLIGHT_TITLE = 'Leersteunspiegel';

/** One expectation as its reading page needs it: the front matter, the kwaliteitsbeeld and our helper content. */
export interface ExpectationText {
  expectation: Expectation;
  /** The kwaliteitsbeeld: the Markdown body of content/expectations/<code>.md. */
  qualityImage: string;
  helper?: HelperContent | undefined;
}

/** Plain text as Markdown that shows it as written: the characters Markdown reads as markup are escaped. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (character) => `\\${character}`);
}

/** The Starlight page of one expectation: its path inside the site and the Markdown file that makes it. */
export function starlightPage(
  { expectation, qualityImage, helper }: ExpectationText,
  all: readonly Expectation[],
): { slug: string; markdown: string } {
  const frontMatter = {
    title: `${expectation.code} — ${expectation.statement}`,
    description: expectation.statement,
    // Starlight's sidebar lists pages by slug unless told otherwise; the referentiekader has a reading order.
    sidebar: { order: expectation.order },
  };
  const quoted = qualityImage
    .trim()
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`));
  const lines = [`## ${strings.framework.qualityImageLabel}`, '', ...quoted];
  if (helper) {
    lines.push(
      '',
      `## ${strings.helpers.title}`,
      '',
      `**${strings.helpers.oursBadge}** ${markdownText(strings.helpers.oursExplanation)}`,
      '',
      `### ${strings.helpers.questionsTitle}`,
    );
    for (const level of SUPPORT_LEVELS) {
      lines.push('', `#### ${strings.helpers.supportLevels[level]}`, '');
      lines.push(...helper.reflectionQuestions[level].map((question) => `- ${markdownText(question)}`));
    }
    lines.push('', `### ${strings.helpers.evidenceTitle}`, '');
    for (const suggestion of helper.evidenceSuggestions) {
      const voices = suggestion.voices.map((voice) => strings.voices[voice]).join(', ');
      lines.push(
        `- **${markdownText(suggestion.title)}**`,
        `  ${markdownText(suggestion.shows)}`,
        `  ${strings.helpers.evidenceKindLabel}: ${strings.evidenceKinds[suggestion.kind]}; ${strings.helpers.voicesLabel}: ${voices}`,
      );
    }
  }
  const related = all.filter((other) => expectation.related.includes(other.code));
  if (related.length > 0) {
    lines.push('', `### ${strings.helpers.relatedTitle}`, '');
    for (const other of related)
      lines.push(`- [${other.code} ${markdownText(other.statement)}](../${expectationSlug(other.code)}/)`);
  }
  return {
    slug: expectationSlug(expectation.code),
    markdown: `---\n${stringify(frontMatter)}---\n\n${lines.join('\n')}\n`,
  };
}

/** The referentiekader's expectations from content/, in reading order, with our helper content. */
export function readExpectationTexts(): ExpectationText[] {
  const helpers = readYamlFolder('helpers').map((file) => HelperContentSchema.parse(file.data));
  return readMarkdownFolder('expectations')
    .map((file) => ({ expectation: ExpectationSchema.parse(file.data), qualityImage: file.body }))
    .map((text) => ({ ...text, helper: helpers.find((h) => h.expectation === text.expectation.code) }))
    .sort((a, b) => a.expectation.order - b.expectation.order);
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: ${JSON.stringify(STARLIGHT_TITLE)} })],
});
`;

// Starlight's manual setup, word for word: its loader and schema for the docs collection.
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

/** The Starlight site's first page: where a reader who follows the sidebar from the top lands. */
export function firstPage(texts: readonly ExpectationText[]): string {
  const first = [...texts].sort((a, b) => a.expectation.order - b.expectation.order)[0];
  if (!first) throw new Error('the Starlight site has no pages');
  return `/${expectationSlug(first.expectation.code)}/`;
}

/**
 * Writes the Starlight site into `root`, a throw-away folder, and builds it with the repository's own Astro and
 * the pinned Starlight; returns its built folder. `root` lies below test-results/, which no linter, type check
 * or test of ours reads, and inside the repository so Node finds the packages in its node_modules (a folder
 * elsewhere with node_modules linked in confuses Vite about which files are the site's). Nothing is fetched:
 * the packages come from node_modules, and Starlight builds its search index locally.
 */
export function buildStarlightSite(texts: readonly ExpectationText[], root: string): string {
  rmSync(root, { recursive: true, force: true });
  const docs = join(root, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(root, 'src/content.config.ts'), CONTENT_CONFIG);
  // Astro bundles the integrations a site depends on by reading its package.json: without them listed, the
  // build leaves Starlight's `astro:` imports to Node, which cannot load them.
  const pkg = { type: 'module', private: true, dependencies: pinnedVersions() };
  writeFileSync(join(root, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const expectations = texts.map((text) => text.expectation);
  for (const text of texts) {
    const { slug, markdown } = starlightPage(text, expectations);
    writeFileSync(join(docs, `${slug}.md`), markdown);
  }
  const built = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: root, encoding: 'utf8', env: ENV });
  if (built.status !== 0)
    throw new Error(`the Starlight site did not build:\n${built.stdout}\n${built.stderr}`);
  return join(root, 'dist');
}
