import { SPREADSHEET_LIMITS, SpreadsheetError, type Sheet } from './sheet';
import { isOldExcel, isZip } from './zip-signature';

/**
 * Reads a result file whatever its name says: an .xlsx (a zip archive) with the xlsx reader, anything else as
 * CSV. Each reader is loaded only when a file of its kind is chosen, so the page carries neither at first.
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<Sheet> {
  if (bytes.length > SPREADSHEET_LIMITS.maxBytes) throw new SpreadsheetError('tooLarge');
  if (isOldExcel(bytes)) throw new SpreadsheetError('oldExcel');
  if (isZip(bytes)) return (await import('./read-xlsx')).readXlsx(bytes);
  return (await import('./read-csv')).readCsv(bytes);
}
