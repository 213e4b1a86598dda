import { unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import { SPREADSHEET_LIMITS, SpreadsheetError, sheetFrom, type Sheet } from './sheet';
import { isZip } from './zip-signature';

/**
 * Refuses an archive that would unpack into too much, before anything is unpacked: the sizes its directory
 * states are summed (fflate reads the directory; the filter unpacks nothing).
 */
function checkUnpackedSize(bytes: Uint8Array): void {
  let total = 0;
  let parts = 0;
  try {
    unzipSync(bytes, {
      filter: (part) => {
        total += part.originalSize;
        parts++;
        return false;
      },
    });
  } catch {
    throw new SpreadsheetError('unreadable');
  }
  if (parts > SPREADSHEET_LIMITS.maxParts || total > SPREADSHEET_LIMITS.maxUnpackedBytes) {
    throw new SpreadsheetError('tooLarge');
  }
}

/**
 * Reads the first sheet of an .xlsx, as Microsoft Forms ("Openen in Excel") or Excel saves it, with
 * read-excel-file; loaded only when an .xlsx is chosen. A damaged file is refused as unreadable.
 */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  if (bytes.length > SPREADSHEET_LIMITS.maxBytes) throw new SpreadsheetError('tooLarge');
  if (!isZip(bytes)) throw new SpreadsheetError('unreadable');
  checkUnpackedSize(bytes);
  let cells: unknown[][];
  try {
    cells = await readSheet(bytes.slice().buffer);
  } catch {
    throw new SpreadsheetError('unreadable');
  }
  return sheetFrom(cells);
}
