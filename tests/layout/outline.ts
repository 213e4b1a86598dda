import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { headingsOf, paragraphsOf, unescapeXml } from '../unit/exports/docx-parts';
import type { DocumentOutline } from './pdf-layout';

/** The outline of the report as the page lays it out: its sections, headings and tables with a header row. */
export async function outlineOfReportPage(page: Page): Promise<DocumentOutline> {
  return page.locator('article.report').evaluate((report) => {
    const text = (element: Element | null | undefined) =>
      (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
    // What the printed page shows of a header cell: words kept for screen readers only are not on paper.
    const printedText = (cell: Element) => {
      const copy = cell.cloneNode(true) as Element;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return text(copy);
    };
    const firstLine = (element: Element | null | undefined) =>
      ((element as HTMLElement | null)?.innerText ?? '').split('\n')[0]?.trim() ?? '';
    return {
      sections: [...report.querySelectorAll(':scope > section > h2')].map(text),
      headings: [...report.querySelectorAll('h2, h3, h4, h5, h6')].map(text),
      tables: [...report.querySelectorAll('table')]
        .filter((table) => table.tHead !== null)
        .map((table) => ({
          headers: [...(table.tHead?.rows[0]?.cells ?? [])].map(printedText),
          rows: [...table.tBodies].flatMap((body) => [...body.rows].map((row) => firstLine(row.cells[0]))),
        })),
    };
  });
}

/** The text of a piece of WordprocessingML, its runs joined. */
const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map(([, value = '']) => unescapeXml(value))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** The outline of a .docx: its Heading 1 paragraphs as sections, every heading, and its tables with a header row. */
export function outlineOfDocx(docx: Uint8Array): DocumentOutline {
  const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
  const headings = headingsOf(xml);
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].flatMap(([, table = '']) => {
    const rows = [...table.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map(([, row = '']) => row);
    const header = rows.filter((row) => row.includes('<w:tblHeader'));
    if (header.length === 0) return [];
    const cells = (row: string) =>
      [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell = '']) => cell);
    // The first line of the cell: a line break inside its paragraph starts another line on the page.
    const firstParagraph = (cell: string) =>
      (paragraphsOf(cell)[0]?.text ?? '').split('\n')[0]?.replace(/\s+/g, ' ').trim() ?? '';
    return [
      {
        headers: cells(header[0] ?? '').map(textOf),
        rows: rows
          .filter((row) => !row.includes('<w:tblHeader'))
          .map((row) => firstParagraph(cells(row)[0] ?? '')),
      },
    ];
  });
  return {
    sections: headings.filter(([level]) => level === 1).map(([, text]) => text),
    headings: headings.map(([, text]) => text),
    tables,
  };
}
