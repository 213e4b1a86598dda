import { SpreadsheetError } from './spreadsheet-error';

// The error lives in a module of its own: every app page explains it, few pages read spreadsheets.
export { SpreadsheetError, type SpreadsheetErrorCode } from './spreadsheet-error';
/**
 * A spreadsheet as the import sees it: the header row and the rows under it, every cell as text. Both readers
 * (CSV and .xlsx) end here, so mapping and storing never see which tool made the file.
 */
export interface Sheet {
  /** The first row that is not empty: one header per column. */
  headers: string[];
  /** The rows under it, each as long as the headers; rows without any text are left out. */
  rows: string[][];
  /** Per row, its number in the spreadsheet (the header row is usually 1), to name it in a message. */
  rowNumbers: number[];
}

/**
 * Sane limits. A centre's bevraging has at most a few hundred respondents and some twenty columns; the limits
 * are far above that and far below what would stall the browser.
 */
export const SPREADSHEET_LIMITS = {
  /** The file as chosen. */
  maxBytes: 5 * 1024 * 1024,
  /** What the parts of an .xlsx say they unpack to, together: a zip bomb stops here. */
  maxUnpackedBytes: 60 * 1024 * 1024,
  /** Parts in an .xlsx. */
  maxParts: 500,
  /** Rows under the header. */
  maxRows: 5_000,
  /** Columns. */
  maxColumns: 200,
} as const;

/** A cell as text: a number as written (3 not 3.0), a date as an ISO timestamp, nothing as ''. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * The sheet in rows of cells as a reader gives them: the first row with text is the header row, empty rows are
 * left out, every row is padded or cut to the header's width. Refuses what is empty or beyond the limits.
 */
export function sheetFrom(cells: readonly (readonly unknown[])[]): Sheet {
  const numbered = cells
    .map((row, index) => ({ cells: row.map(cellText), number: index + 1 }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
  const rows = numbered.map((row) => row.cells);
  const [headers, ...body] = rows;
  if (!headers || body.length === 0) throw new SpreadsheetError('empty');
  // Trailing columns without a header and without any answer are what spreadsheets leave behind, not data.
  let width = Math.max(...rows.map((row) => row.length));
  while (width > 0 && rows.every((row) => (row[width - 1] ?? '') === '')) width--;
  if (width > SPREADSHEET_LIMITS.maxColumns) throw new SpreadsheetError('tooManyColumns');
  if (body.length > SPREADSHEET_LIMITS.maxRows) throw new SpreadsheetError('tooManyRows');
  const fit = (row: readonly string[]): string[] =>
    Array.from({ length: width }, (_, index) => row[index] ?? '');
  return {
    headers: fit(headers),
    rows: body.map(fit),
    rowNumbers: numbered.slice(1).map((row) => row.number),
  };
}
