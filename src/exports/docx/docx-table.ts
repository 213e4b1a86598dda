import {
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
  type IBorderOptions,
} from 'docx';
import { COLOURS, STYLE, TEXT_WIDTH } from './docx-layout';
import { paragraph } from './docx-text';

/** What a cell holds: a text (line breaks kept) or paragraphs the caller made. */
export type CellContent = string | readonly Paragraph[];

/** A column of a table: its header and its share of the page's width. */
export interface Column {
  header: string;
  share: number;
}

const LINE: IBorderOptions = { style: 'single', size: 4, color: COLOURS.border };

/** Column widths in twips that fill the table's width in the given proportions. */
function widthsOf(shares: readonly number[], tableWidth = TEXT_WIDTH): number[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => Math.floor((tableWidth * share) / total));
  const rest = tableWidth - widths.reduce((sum, width) => sum + width, 0);
  return widths.map((width, index) => (index === widths.length - 1 ? width + rest : width));
}

function cell(
  content: CellContent,
  width: number,
  options: { bold?: boolean; fill?: string } = {},
): TableCell {
  const children =
    typeof content === 'string'
      ? [paragraph(content, { style: STYLE.tableText }, options.bold ? { bold: true } : {})]
      : content.length > 0
        ? content
        : [new Paragraph({ style: STYLE.tableText })];
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    ...(options.fill ? { shading: { fill: options.fill, type: 'clear', color: 'auto' } } : {}),
  });
}

/**
 * A table with a fixed grid, so Word, LibreOffice and Google Docs lay it out the same, followed by an empty
 * paragraph (two tables with nothing between them would merge into one).
 */
function table(rows: TableRow[], widths: readonly number[]): FileChild[] {
  return [
    new Table({
      rows,
      width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { top: 40, bottom: 40, left: 100, right: 100 },
      borders: {
        top: LINE,
        bottom: LINE,
        left: LINE,
        right: LINE,
        insideHorizontal: LINE,
        insideVertical: LINE,
      },
    }),
    new Paragraph({ spacing: { after: 0 } }),
  ];
}

/** How a data table is laid out. */
export interface DataTableOptions {
  /** Whether the first column names the row, in bold. */
  firstColumnBold?: boolean;
  /** The part of the page's width the table takes (1, the whole width, when not given). */
  widthShare?: number;
  /** Whether the table is short and should not be split over two pages. */
  keepTogether?: boolean;
  /**
   * Whether each row stays whole on one page. Only for rows that are always short (a form's statements): Word
   * hides what does not fit of a whole row taller than a page.
   */
  rowsWhole?: boolean;
}

/**
 * A table with a header row that Word repeats on every page the table runs over, across the page's width or
 * the part of it given.
 */
export function dataTable(
  columns: readonly Column[],
  rows: readonly (readonly CellContent[])[],
  options: DataTableOptions = {},
): FileChild[] {
  const widths = widthsOf(
    columns.map((column) => column.share),
    Math.round(TEXT_WIDTH * (options.widthShare ?? 1)),
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: columns.map((column, index) =>
      cell(column.header, widths[index] ?? 0, { bold: true, fill: COLOURS.headerFill }),
    ),
  });
  const body = rows.map(
    (row, rowIndex) =>
      new TableRow({
        ...(options.keepTogether === true && rowIndex < rows.length - 1 ? { keepNext: true } : {}),
        ...(options.rowsWhole === true ? { cantSplit: true } : {}),
        children: widths.map((width, index) =>
          cell(row[index] ?? '', width, { bold: index === 0 && options.firstColumnBold === true }),
        ),
      }),
  );
  return table([header, ...body], widths);
}

/** Facts as a two-column table, label beside value; nothing when there are no facts. */
export function labelledTable(rows: readonly { label: string; value: CellContent }[]): FileChild[] {
  if (rows.length === 0) return [];
  const widths = widthsOf([35, 65]);
  return table(
    rows.map(
      (row) =>
        new TableRow({
          children: [
            cell(row.label, widths[0] ?? 0, { bold: true, fill: COLOURS.labelFill }),
            cell(row.value, widths[1] ?? 0),
          ],
        }),
    ),
    widths,
  );
}
