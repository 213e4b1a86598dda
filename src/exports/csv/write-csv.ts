/** Excel with Flemish (nl-BE) settings splits columns on a semicolon, not a comma. */
export const CSV_SEPARATOR = ';';

/** Makes Excel read the file as UTF-8, so "coördinator" and "één" survive. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) or treat specially (tab, carriage
 * return) gets a leading apostrophe, so text someone typed or imported can never execute (CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One cell, quoted when it holds a separator, a quote or a line break, as RFC 4180 describes. */
function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = neutraliseFormula(value);
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV document that opens correctly in Excel with Flemish settings: BOM, `;`, CRLF line ends. */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(CSV_SEPARATOR));
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}
