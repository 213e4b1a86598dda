/** Why a file could not be read as a spreadsheet; the interface words each code in Dutch. */
export type SpreadsheetErrorCode =
  /** Larger than `maxBytes`, or an .xlsx that would unpack beyond `maxUnpackedBytes`. */
  | 'tooLarge'
  /** More rows or columns than the limits allow. */
  | 'tooManyRows'
  | 'tooManyColumns'
  /** An old Excel file (.xls): to be saved as .xlsx or .csv first. */
  | 'oldExcel'
  /** Not a CSV or .xlsx at all, or damaged. */
  | 'unreadable'
  /** No header row, or no row under it. */
  | 'empty';

/** A file refused before anything was mapped or stored. */
export class SpreadsheetError extends Error {
  constructor(readonly code: SpreadsheetErrorCode) {
    super(`spreadsheet refused: ${code}`);
    this.name = 'SpreadsheetError';
  }
}
