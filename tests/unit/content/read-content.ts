import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The repository's content/ folder. */
export const contentDir = join(import.meta.dirname, '../../../content');

/** Parses a YAML file below content/. */
export function readYaml(relativePath: string): unknown {
  return parse(readFileSync(join(contentDir, relativePath), 'utf8'));
}

/** A Markdown file split into its YAML front matter and its body, as Astro's glob loader reads it. */
export interface MarkdownFile {
  file: string;
  data: unknown;
  body: string;
}

/** Reads every Markdown file of a content folder. */
export function readMarkdownFolder(folder: string): MarkdownFile[] {
  return readdirSync(join(contentDir, folder))
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const text = readFileSync(join(contentDir, folder, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${folder}/${file} has no front matter`);
      return { file, data: parse(match[1] ?? ''), body: match[2] ?? '' };
    });
}

/** Reads every YAML file of a content folder. */
export function readYamlFolder(folder: string): { file: string; data: unknown }[] {
  return readdirSync(join(contentDir, folder))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ file, data: readYaml(join(folder, file)) }));
}

/** The plain-text copy of a source, from content/sources/. */
export function readSource(file: string): string {
  return readFileSync(join(contentDir, 'sources', file), 'utf8');
}
