import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The layout check of a printed report (the browser's PDF or LibreOffice's PDF of the Word file): how full each
 * page is, whether a page ends on a heading, whether a table that runs onto a new page shows its header row
 * there, and whether a date is written as 2026-10-01 instead of as Flemish readers write it. It reads only
 * the PDF's text and where each line stands, so it works for any format printed to PDF.
 */

/** What the document is made of, from its source (the page's DOM, the .docx's XML): the checker matches lines against it. */
export interface DocumentOutline {
  /** The sections' headings as printed ("1. Administratieve gegevens …"): a page that starts with one starts a section. */
  sections: readonly string[];
  /** Every heading's text, sections' included. */
  headings: readonly string[];
  /** Every table with a header row, in document order: its column headers and each body row's first cell. */
  tables: readonly { headers: readonly string[]; rows: readonly string[] }[];
}

export type LayoutProblem =
  'nearlyEmptyPage' | 'headingLastOnPage' | 'tableWithoutHeader' | 'tableHeaderNotFound' | 'isoDate';

export interface LayoutIssue {
  page: number;
  problem: LayoutProblem;
  detail: string;
}

export interface PageReport {
  page: number;
  /** How far down the text area the page's last line of text stands, 0–1. */
  fill: number;
  /** Its last line of text above the running footer. */
  lastLine: string;
  /** Whether a section starts on it. */
  startsSection: boolean;
}

export interface LayoutReport {
  pages: number;
  perPage: PageReport[];
  issues: LayoutIssue[];
}

/** A page under this part full is nearly empty (unless it ends a section). */
export const NEARLY_EMPTY = 0.25;

interface Line {
  text: string;
  /** Distance of the line's baseline from the top of the page, in points. */
  top: number;
  /** Distance of its lowest point from the top of the page. */
  bottom: number;
  /** The largest font size on the line, in points. */
  size: number;
  bold: boolean;
}

/** Spaces and the soft hyphens a layout engine may keep, made plain, so text compares with the source's. */
export function squashed(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface PdfTextItem {
  str: string;
  transform: number[];
  height: number;
  fontName: string;
}

/** Each page's lines of text, top to bottom, with size and weight. */
async function linesOfPages(pdf: Uint8Array): Promise<{ lines: Line[]; height: number }[]> {
  // Errors only: a crafted PDF's standard fonts need no font files to be read as text.
  const document = await getDocument({ data: pdf, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: { lines: Line[]; height: number }[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [, , , height = 842] = page.view;
    // The fonts are loaded with the operator list: their names say whether they are bold.
    await page.getOperatorList();
    const boldFonts = new Set<string>();
    const content = await page.getTextContent();
    const items = content.items.filter(
      (item): item is PdfTextItem & (typeof content.items)[number] => 'str' in item && item.str.trim() !== '',
    );
    for (const item of items) {
      if (boldFonts.has(item.fontName)) continue;
      try {
        const font = page.commonObjs.get(item.fontName) as { name?: string; bold?: boolean } | undefined;
        if (font?.bold === true || /bold|black|heavy|semibold/i.test(font?.name ?? ''))
          boldFonts.add(item.fontName);
      } catch {
        // A font pdf.js did not load tells nothing about weight.
      }
    }
    const placed = items
      .map((item) => {
        const size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height;
        return {
          text: item.str,
          x: item.transform[4] ?? 0,
          top: height - (item.transform[5] ?? 0),
          size,
          bold: boldFonts.has(item.fontName),
        };
      })
      .sort((a, b) => a.top - b.top || a.x - b.x);
    const lines: (Line & { parts: { x: number; text: string }[] })[] = [];
    for (const item of placed) {
      const line = lines.find(
        (candidate) => Math.abs(candidate.top - item.top) < Math.max(2, item.size * 0.4),
      );
      if (line) {
        line.parts.push({ x: item.x, text: item.text });
        line.size = Math.max(line.size, item.size);
        line.bold &&= item.bold;
        line.bottom = Math.max(line.bottom, item.top + item.size * 0.25);
      } else {
        lines.push({
          text: '',
          top: item.top,
          bottom: item.top + item.size * 0.25,
          size: item.size,
          bold: item.bold,
          parts: [{ x: item.x, text: item.text }],
        });
      }
    }
    pages.push({
      height,
      lines: lines
        .sort((a, b) => a.top - b.top)
        .map(({ parts, ...line }) => ({
          ...line,
          text: squashed(
            parts
              .sort((a, b) => a.x - b.x)
              .map((part) => part.text)
              .join(' '),
          ),
        })),
    });
  }
  return pages;
}

/** A line's text with its digits made alike, so "Pagina 3 van 40" is the same running line on every page. */
const runningKey = (line: Line) => `${Math.round(line.top)}|${line.text.replace(/\d+/g, '#')}`;

/**
 * Lines that stand at the same place with the same text on at least half the pages (and on more than two):
 * the running header and footer, which are not the page's content.
 */
function runningLines(pages: { lines: Line[] }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(page.lines.map(runningKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set(
    [...counts].filter(([, count]) => count > 2 && count >= pages.length / 2).map(([key]) => key),
  );
}

/** The most common font size of the document's body lines: its body text. */
function bodySize(pages: { lines: Line[] }[]): number {
  const counts = new Map<number, number>();
  for (const line of pages.flatMap((page) => page.lines)) {
    const size = Math.round(line.size * 2) / 2;
    counts.set(size, (counts.get(size) ?? 0) + line.text.length);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/**
 * Whether a line is (part of) a heading: its text is a known heading, the start of one (a heading that wraps)
 * or the end of one of a few words at least, and it is set bold or larger than the body text.
 */
function isHeading(line: Line, headings: readonly string[], body: number): boolean {
  if (!line.bold && line.size <= body + 0.5) return false;
  return headings.some(
    (heading) =>
      heading === line.text ||
      (line.text.length >= 12 && (heading.startsWith(line.text) || heading.endsWith(line.text))),
  );
}

/** Whether a line is a table's header row: each column's header, in order, on this line and the next. */
function isHeaderRow(lines: readonly Line[], index: number, headers: readonly string[]): boolean {
  const text = `${lines[index]?.text ?? ''} ${lines[index + 1]?.text ?? ''}`;
  const first = headers[0];
  if (first === undefined || !(lines[index]?.text ?? '').startsWith(first)) return false;
  let from = 0;
  for (const header of headers) {
    const at = text.indexOf(header, from);
    // A header the column wraps (a two-word header in a narrow column) may not be found whole: the first
    // word then stands for it.
    const word = header.split(' ')[0] ?? header;
    const found = at >= 0 ? at : text.indexOf(word, from);
    if (found < 0) return false;
    from = found + 1;
  }
  return true;
}

/** Whether a line starts a table's body row: it begins with the row's first cell, whole words. */
function startsRow(line: Line, firstCell: string): boolean {
  const key = firstCell.split(' ').slice(0, 2).join(' ');
  if (key === '' || !line.text.startsWith(key)) return false;
  const next = line.text.charAt(key.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next);
}

/**
 * Checks a printed report's pages against its outline. A page is nearly empty when its last line stands less
 * than a quarter down the text area (the area every page's content spans), unless the page is the last of a
 * section or before the first section (cover, contents).
 */
export async function checkPdfLayout(pdf: Uint8Array, outline: DocumentOutline): Promise<LayoutReport> {
  const raw = await linesOfPages(pdf);
  const running = runningLines(raw);
  const pages = raw.map((page) => page.lines.filter((line) => !running.has(runningKey(line))));
  const all = pages.flat();
  const areaTop = Math.min(...all.map((line) => line.top - line.size));
  const areaBottom = Math.max(...all.map((line) => line.bottom));
  const body = bodySize(pages.map((lines) => ({ lines })));
  const sections = outline.sections.map(squashed);
  const headings = outline.headings.map(squashed).filter((heading) => heading !== '');
  // A section's heading may wrap: its first line then starts it.
  const startsSection = pages.map((lines) => {
    const first = lines[0]?.text ?? '';
    return sections.some((title) => title === first || (first.length >= 8 && title.startsWith(first)));
  });
  const firstSection = startsSection.indexOf(true);
  const issues: LayoutIssue[] = [];
  const perPage: PageReport[] = pages.map((lines, index) => {
    const last = lines.at(-1);
    const fill = last === undefined ? 0 : (last.bottom - areaTop) / (areaBottom - areaTop);
    const number = index + 1;
    const endsSection = index === pages.length - 1 || startsSection[index + 1] === true;
    if (fill < NEARLY_EMPTY && !endsSection && index >= firstSection)
      issues.push({
        page: number,
        problem: 'nearlyEmptyPage',
        detail: `${Math.round(fill * 100)}% full, ends with "${last?.text ?? ''}"`,
      });
    if (last && index >= firstSection && index < pages.length - 1 && isHeading(last, headings, body))
      issues.push({ page: number, problem: 'headingLastOnPage', detail: last.text });
    for (const line of lines) {
      const date = /\b\d{4}-\d{2}-\d{2}\b/.exec(line.text);
      if (date) issues.push({ page: number, problem: 'isoDate', detail: `${date[0]} in "${line.text}"` });
    }
    return { page: number, fill, lastLine: last?.text ?? '', startsSection: startsSection[index] === true };
  });
  issues.push(...tableIssues(pages, outline.tables));
  return { pages: pages.length, perPage, issues: issues.sort((a, b) => a.page - b.page) };
}

/**
 * Follows every table through the pages in document order: its header row, then its rows. A page on which a
 * table's rows go on without its header row above them is a problem; so is a table whose header row is
 * never found.
 */
function tableIssues(pages: readonly Line[][], tables: DocumentOutline['tables']): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  const rowsOf = tables.map((table) => table.rows.map(squashed).filter((row) => row !== ''));
  const headersOf = tables.map((table) => table.headers.map(squashed));
  let current = 0;
  let started = false;
  let nextRow = 0;
  pages.forEach((lines, pageIndex) => {
    let headerOnPage = false;
    lines.forEach((line, lineIndex) => {
      const headers = headersOf[current];
      const rows = rowsOf[current];
      if (headers === undefined || rows === undefined) return;
      if (isHeaderRow(lines, lineIndex, headers)) {
        started = true;
        headerOnPage = true;
        if (rows.length === 0) current++;
        return;
      }
      if (!started) return;
      // A row the checker did not recognise (its first line wrapped apart) is skipped: up to two further on.
      const ahead = rows.slice(nextRow, nextRow + 3).findIndex((row) => startsRow(line, row));
      if (ahead < 0) return;
      if (!headerOnPage) {
        issues.push({
          page: pageIndex + 1,
          problem: 'tableWithoutHeader',
          detail: `the table under "${headers.join(' | ')}" goes on at "${line.text}"`,
        });
        headerOnPage = true;
      }
      nextRow += ahead + 1;
      if (nextRow >= rows.length) {
        current++;
        started = false;
        nextRow = 0;
      }
    });
  });
  const stuck = headersOf[current];
  if (stuck !== undefined)
    issues.push({
      page: pages.length,
      problem: 'tableHeaderNotFound',
      detail: `table ${current + 1} of ${tables.length} ("${stuck.join(' | ')}"${started ? `, after row ${nextRow}` : ''}) was not followed to its end`,
    });
  return issues;
}
