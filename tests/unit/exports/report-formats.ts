import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { ratingRows } from '../../../src/domain/report/rating-rows';
import type { ReportModel } from '../../../src/domain/report/report-model';
import { ratingsCsv } from '../../../src/exports/csv/ratings-csv';
import { renderDocx } from '../../../src/exports/docx/render-docx';
import { renderJson } from '../../../src/exports/json/render-json';
import { ReportDocument } from '../../../src/ui/report/ReportDocument';
import { AllSlicesAtOnce } from '../../../src/ui/slices';
import { report as reportText } from '../../../src/ui/strings/report';
import { parseCsv } from '../../shared/parse-csv';
import { docxParts, paragraphsOf, part, unescapeXml } from './docx-parts';

/** Every format a report leaves the app in; print/PDF is the report page, printed. */
export const FORMATS = ['report page', 'Word', 'CSV', 'JSON'] as const;
export type Format = (typeof FORMATS)[number];

/** Between two cells, paragraphs or elements in a format's text, so neighbours never run together. */
export const SEPARATOR = ' | ';

const htmlText = (html: string): string => unescapeXml(html.replace(/<[^>]+>/g, SEPARATOR));

/** The report page's HTML, whole: on the page its parts come a task after another, here all at once. */
const reportPageHtml = (model: ReportModel): string =>
  renderToString(h(AllSlicesAtOnce, null, h(ReportDocument, { model })));

/** The report page's HTML as text: every element boundary a separator, entities resolved. */
export function reportPageText(model: ReportModel): string {
  return htmlText(reportPageHtml(model));
}

/** The text of each of the report page's sections, in order (what comes before the first is left out). */
export function reportPageSections(model: ReportModel): string[] {
  const html = reportPageHtml(model);
  return html.split('<section class="report-section ').slice(1).map(htmlText);
}

async function wordParagraphs(model: ReportModel) {
  return paragraphsOf(part(await docxParts(await renderDocx(model, {})), 'word/document.xml'));
}

/** The text of the Word file's body, a separator between paragraphs (table cells included). */
export async function wordText(model: ReportModel): Promise<string> {
  return (await wordParagraphs(model)).map((paragraph) => paragraph.text).join(SEPARATOR);
}

/** The text of each of the Word file's sections (from one Heading 1 to the next), in order. */
export async function wordSections(model: ReportModel): Promise<string[]> {
  const sections: string[][] = [];
  for (const paragraph of await wordParagraphs(model)) {
    if (paragraph.style === 'Heading1') sections.push([]);
    sections.at(-1)?.push(paragraph.text);
  }
  return sections.map((texts) => texts.join(SEPARATOR));
}

/** The CSV file as rows of cells. */
export function csvCells(model: ReportModel): string[][] {
  return parseCsv(ratingsCsv(ratingRows(model, reportText.csvTeam), reportText));
}

/** Everything a reader of the file can see in the given format, as one text. */
export async function formatText(format: Format, model: ReportModel): Promise<string> {
  switch (format) {
    case 'report page':
      return reportPageText(model);
    case 'Word':
      return wordText(model);
    case 'CSV':
      return csvCells(model)
        .map((row) => row.join(SEPARATOR))
        .join('\n');
    case 'JSON':
      return renderJson(model, 'https://lsc.example');
  }
}
