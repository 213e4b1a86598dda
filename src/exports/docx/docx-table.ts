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
import { COLOURS, PAGE, STYLE, TEXT_WIDTH } from './docx-layout';
import { paragraph } from './docx-text';

/**
 * What a cell holds: a text (line breaks kept), or paragraphs the caller made with the text they show (which
 * the table measures to size its columns and rows).
 */
export type CellContent = string | { paragraphs: readonly Paragraph[]; text: string };

/** A column of a table: its header and its share of the page's width. */
export interface Column {
  header: string;
  share: number;
}

const LINE: IBorderOptions = { style: 'single', size: 4, color: COLOURS.border };

/** A cell's padding left and right together, in twips (see `margins` in table()). */
const CELL_PADDING = 200;

/**
 * How wide a character of the table's text (10 pt) may be on average, in twips: 0.6 em plain and 0.675 em bold.
 * That is more than Calibri needs (about 0.5 em), so a word measured to fit also fits where LibreOffice draws
 * the text in a wider font because Calibri is missing (DejaVu Sans: "Verwachtingen" broke as "Verwachting|en"
 * at 0.55 em, looked at in LibreOffice's PDF of the benchmark's report).
 */
const CHAR_TWIPS = { plain: 120, bold: 135 } as const;

/** A line of the table's text (10 pt, single spaced) with room to spare, in twips. */
const LINE_TWIPS = 250;

/** The height of the text area of a page, in twips. */
const TEXT_HEIGHT = PAGE.height - 2 * PAGE.margin;

const textOf = (content: CellContent): string => (typeof content === 'string' ? content : content.text);

/** The width in twips a cell needs so that its longest word is not broken. */
function longestWordTwips(text: string, bold: boolean): number {
  const longest = Math.max(0, ...text.split(/[\s/]+/).map((word) => [...word].length));
  return longest * CHAR_TWIPS[bold ? 'bold' : 'plain'] + CELL_PADDING;
}

/**
 * Column widths in twips that fill the table's width in the given proportions, except that no column is
 * narrower than its longest word needs ("kwaliteitscoördinator", "ontwikkelingskansen"): Word and LibreOffice
 * break a word that does not fit its column inside the word. Such a column gets what its word needs and the
 * others share the rest in their proportions. When the words cannot all fit, the shares stand.
 */
export function widthsOf(
  shares: readonly number[],
  tableWidth = TEXT_WIDTH,
  minimums: readonly number[] = [],
): number[] {
  const fixed = new Map<number, number>();
  let widths: number[] = [];
  for (let round = 0; round <= shares.length; round++) {
    const free = tableWidth - [...fixed.values()].reduce((sum, width) => sum + width, 0);
    const total = shares.reduce((sum, share, index) => (fixed.has(index) ? sum : sum + share), 0);
    widths = shares.map((share, index) => fixed.get(index) ?? Math.floor((free * share) / total));
    const tooNarrow = widths.flatMap((width, index) =>
      !fixed.has(index) && width < (minimums[index] ?? 0) ? [index] : [],
    );
    if (tooNarrow.length === 0) break;
    for (const index of tooNarrow) fixed.set(index, minimums[index] ?? 0);
    if (fixed.size === shares.length || [...fixed.values()].reduce((a, b) => a + b, 0) > tableWidth) {
      widths = shares.map((share) => Math.floor((tableWidth * share) / shares.reduce((a, b) => a + b, 0)));
      break;
    }
  }
  const rest = tableWidth - widths.reduce((sum, width) => sum + width, 0);
  return widths.map((width, index) => (index === widths.length - 1 ? width + rest : width));
}

/** How tall a row will be at most, in twips, from the length of its cells' texts and its columns' widths. */
function rowHeightTwips(cells: readonly string[], widths: readonly number[]): number {
  const lines = cells.map((text, index) => {
    const perLine = Math.max(1, Math.floor(((widths[index] ?? 0) - CELL_PADDING) / CHAR_TWIPS.bold));
    return text
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].length / perLine)), 0);
  });
  return Math.max(1, ...lines) * LINE_TWIPS + 120;
}

/**
 * Whether a row may be kept whole on one page (cantSplit). A row is never split where it surely fits in a
 * third of a page; a taller one may be split, because Word cuts off what does not fit of a whole row taller
 * than a page, and a whole half-page row pushed to the next page leaves a near-empty page behind it.
 */
function keptWhole(cells: readonly string[], widths: readonly number[]): boolean {
  return rowHeightTwips(cells, widths) <= TEXT_HEIGHT / 3;
}

function cell(
  content: CellContent,
  width: number,
  options: { bold?: boolean; fill?: string } = {},
): TableCell {
  const children =
    typeof content === 'string'
      ? [paragraph(content, { style: STYLE.tableText }, options.bold ? { bold: true } : {})]
      : content.paragraphs.length > 0
        ? content.paragraphs
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
  const minimums = columns.map((column, index) =>
    Math.max(
      longestWordTwips(column.header, true),
      ...rows.map((row) =>
        longestWordTwips(textOf(row[index] ?? ''), index === 0 && options.firstColumnBold === true),
      ),
    ),
  );
  const widths = widthsOf(
    columns.map((column) => column.share),
    Math.round(TEXT_WIDTH * (options.widthShare ?? 1)),
    minimums,
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
        ...(keptWhole(row.map(textOf), widths) ? { cantSplit: true } : {}),
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
  const widths = widthsOf([35, 65], TEXT_WIDTH, [
    Math.max(...rows.map((row) => longestWordTwips(row.label, true))),
  ]);
  return table(
    rows.map(
      (row) =>
        new TableRow({
          ...(keptWhole([row.label, textOf(row.value)], widths) ? { cantSplit: true } : {}),
          children: [
            cell(row.label, widths[0] ?? 0, { bold: true, fill: COLOURS.labelFill }),
            cell(row.value, widths[1] ?? 0),
          ],
        }),
    ),
    widths,
  );
}
