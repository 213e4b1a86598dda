import { HeadingLevel, Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import { linesOf } from '../xml-safe-text';

/**
 * The only way text reaches the document: every string goes in as the text of a run, never as markup, with
 * the characters XML forbids taken out. A line break someone typed becomes a line break in Word.
 */

type RunFormat = Omit<IRunOptions, 'text' | 'children' | 'break'>;
type ParagraphFormat = Omit<IParagraphOptions, 'text' | 'children'>;

/** A text as runs, one per line, each line after the first starting on a new line. */
export function textRuns(value: string, format: RunFormat = {}): TextRun[] {
  return linesOf(value).map((line, index) =>
    index === 0 ? new TextRun({ ...format, text: line }) : new TextRun({ ...format, text: line, break: 1 }),
  );
}

/** A run of text on one line: line breaks in it become spaces. */
export function run(text: string, format: RunFormat = {}): TextRun {
  return new TextRun({ ...format, text: linesOf(text).join(' ') });
}

/** Runs that start on a new line of the same paragraph, after an italic label when one is given. */
export function onNewLine(name: string | undefined, value: string): TextRun[] {
  const lead = new TextRun({ text: name === undefined ? '' : `${oneLine(name)}: `, italics: true, break: 1 });
  return [lead, ...textRuns(value)];
}

/** A text on one line, its line breaks turned into spaces: for headings and table captions. */
export function oneLine(value: string): string {
  return linesOf(value)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** A paragraph of text, line breaks kept. */
export function paragraph(value: string, format: ParagraphFormat = {}, run: RunFormat = {}): Paragraph {
  return new Paragraph({ ...format, children: textRuns(value, run) });
}

/** A paragraph of runs made by the caller from textRuns and label. */
export function paragraphOf(children: readonly TextRun[], format: ParagraphFormat = {}): Paragraph {
  return new Paragraph({ ...format, children });
}

/** A bold label followed by a colon, to start a labelled paragraph. */
export function label(text: string): TextRun {
  return run(`${text}: `, { bold: true });
}

/** "Label: text", or nothing when the text is empty, so the report shows no empty fields. */
export function labelled(name: string, value: string, format: ParagraphFormat = {}): Paragraph[] {
  if (value.trim() === '') return [];
  return [paragraphOf([label(name), ...textRuns(value)], format)];
}

/** Word's built-in heading styles, by the level of the report's outline. */
const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/** A heading at a level of the outline, on one line. */
export function heading(level: keyof typeof HEADINGS, text: string, format: ParagraphFormat = {}): Paragraph {
  return new Paragraph({ ...format, heading: HEADINGS[level], children: [run(oneLine(text))] });
}

/** An item of a bulleted list. */
export function bullet(children: readonly TextRun[], level = 0): Paragraph {
  return new Paragraph({ bullet: { level }, children });
}
