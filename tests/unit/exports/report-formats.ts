import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { ratingRows } from '../../../src/domain/report/rating-rows';
import type { ReportModel } from '../../../src/domain/report/report-model';
import { ratingsCsv } from '../../../src/exports/csv/ratings-csv';
import { renderDocx } from '../../../src/exports/docx/render-docx';
import { renderJson } from '../../../src/exports/json/render-json';
import { ReportDocument } from '../../../src/ui/report/ReportDocument';
import { report as reportText } from '../../../src/ui/strings/report';
import { parseCsv } from '../../shared/parse-csv';
import { docxParts, paragraphsOf, part, unescapeXml } from './docx-parts';

/** Every format a report leaves the app in; print/PDF is the report page, printed. */
export const FORMATS = ['report page', 'Word', 'CSV', 'JSON'] as const;
export type Format = (typeof FORMATS)[number];

/** Between two cells, paragraphs or elements in a format's text, so neighbours never run together. */
export const SEPARATOR = ' | ';

/** The report page's HTML as text: every element boundary a separator, entities resolved. */
export function reportPageText(model: ReportModel): string {
  const html = renderToString(h(ReportDocument, { model }));
  return unescapeXml(html.replace(/<[^>]+>/g, SEPARATOR));
}

/** The text of the Word file's body, a separator between paragraphs (table cells included). */
export async function wordText(model: ReportModel): Promise<string> {
  const xml = part(await docxParts(await renderDocx(model, {})), 'word/document.xml');
  return paragraphsOf(xml)
    .map((paragraph) => paragraph.text)
    .join(SEPARATOR);
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
