import Papa from 'papaparse';
import { SPREADSHEET_LIMITS, SpreadsheetError, sheetFrom, type Sheet } from './sheet';

/**
 * The text of a CSV file. Google Forms and Excel's "CSV UTF-8" write UTF-8 (Excel with a BOM, which the
 * decoder drops); Excel's plain "CSV (lijstscheidingsteken)" on a Flemish Windows writes Windows-1252, read
 * as such when the bytes are no valid UTF-8.
 */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Characters no spreadsheet writes in its text: a file holding them is binary, not a CSV. */
const BINARY = /[\u0000-\u0008\u000e-\u001a]/;

/**
 * Reads a CSV as Google Forms or Excel writes it: `,` or `;` between cells (Flemish Excel uses `;`, because
 * the comma is its decimal sign), optionally announced by a first line `sep=;`, quoted cells that hold the
 * separator, quotes or line breaks. The parsing is papaparse's; this only picks the separator and refuses
 * what is no CSV.
 */
export function readCsv(bytes: Uint8Array): Sheet {
  if (bytes.length > SPREADSHEET_LIMITS.maxBytes) throw new SpreadsheetError('tooLarge');
  let text = decode(bytes);
  if (BINARY.test(text)) throw new SpreadsheetError('unreadable');
  const announced = /^sep=(.)\r?\n/i.exec(text);
  if (announced) text = text.slice(announced[0].length);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: announced?.[1] ?? '',
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
    // More rows than allowed are not parsed at all: the header, the limit and one to know it was passed.
    preview: SPREADSHEET_LIMITS.maxRows + 2,
  });
  return sheetFrom(parsed.data);
}
