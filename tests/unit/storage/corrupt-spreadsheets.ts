import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { SPREADSHEET_LIMITS } from '../../../src/domain/survey/spreadsheet/sheet';
import { HOSTILE_LIST, VERY_LONG_TEXT } from '../../shared/hostile-strings';
import type { MadeFile } from './corrupt-contributions';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/spreadsheets/${name}`, import.meta.url)));

/** The Microsoft Forms and Google Forms result files of the parents' questionnaire (tests/fixtures/spreadsheets). */
export const VALID_XLSX = fixture('microsoft-forms-ouders.xlsx');
export const VALID_CSV = fixture('google-forms-ouders.csv');

const made =
  (kind: string, bytes: Uint8Array): MadeFile =>
  async () => ({ kind, bytes });
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A cell as a CSV writes it, quoted when it must be. */
const quoted = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;

/** The valid CSV with one cell (row, column) replaced, separator `,` or `;`. */
function csvWithCell(row: number, column: number, value: string, separator: ',' | ';'): Uint8Array {
  const lines = strFromU8(VALID_CSV).trimEnd().split('\r\n');
  // Header and answer cells of the fixture hold no line breaks, so a line is a row.
  const rows = lines.map((line) => line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!.slice(0, -1));
  const at = rows[row % rows.length]!;
  at[column % at.length] = `${quoted(value)},`;
  return encode(
    rows
      .map((cells) => cells.join('').replace(/,$/, ''))
      .join('\r\n')
      .replaceAll(',', separator === ',' ? ',' : ';'),
  );
}

/** The valid .xlsx with the text of one of its parts replaced. */
function xlsxWithPart(part: string, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(VALID_XLSX);
  return zipSync({ ...parts, [part]: strToU8(edit(strFromU8(parts[part] ?? new Uint8Array()))) });
}

let bomb: Uint8Array | undefined;
let hugeCsv: Uint8Array | undefined;

/**
 * Broken, hostile and oversized result files: hostile text in any cell (a formula, markup, control
 * characters, very long text) in a `,` or `;` CSV; a cut-off or damaged .xlsx; binary junk; an .xlsx whose
 * sheet unpacks to 70 MB (a zip bomb), an XML entity bomb, a CSV of 50 MB, too many rows or columns, an old
 * .xls, an empty file.
 */
export function corruptSpreadsheets(): fc.Arbitrary<MadeFile> {
  bomb ??= zipSync({
    ...unzipSync(VALID_XLSX),
    'xl/worksheets/sheet1.xml': new Uint8Array(70 * 1024 * 1024),
  });
  hugeCsv ??= encode(`${'a;'.repeat(99)}a\r\n`.repeat(Math.ceil((50 * 1024 * 1024) / 200)));
  const hostile = fc.oneof(fc.constantFrom(...HOSTILE_LIST, VERY_LONG_TEXT), fc.string({ maxLength: 40 }));
  return fc.oneof(
    fc
      .tuple(fc.nat(6), fc.nat(16), hostile, fc.constantFrom(',' as const, ';' as const))
      .map(([row, column, value, separator]) =>
        made(`csv cell ${row}:${column} hostile`, csvWithCell(row, column, value, separator)),
      ),
    fc
      .nat({ max: VALID_XLSX.length - 1 })
      .map((length) => made('xlsx truncated', VALID_XLSX.slice(0, length))),
    fc.tuple(fc.nat({ max: VALID_XLSX.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([at, mask]) => {
      const bytes = VALID_XLSX.slice();
      bytes[at]! ^= mask;
      return made('xlsx byte flipped', bytes);
    }),
    fc.tuple(fc.nat(300), hostile).map(([at, value]) =>
      made(
        'xlsx shared string hostile',
        xlsxWithPart('xl/sharedStrings.xml', (xml) => {
          let seen = 0;
          return xml.replace(/<t xml:space="preserve">[^<]*<\/t>/g, (cell) =>
            seen++ === at % 60
              ? `<t xml:space="preserve">${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t>`
              : cell,
          );
        }),
      ),
    ),
    fc.uint8Array({ maxLength: 2000 }).map((bytes) => made('binary junk', bytes)),
    fc.constant(made('xlsx zip bomb', bomb)),
    fc.constant(
      made(
        'xlsx entity bomb',
        xlsxWithPart('xl/sharedStrings.xml', (xml) =>
          xml
            .replace(
              '<sst',
              `<!DOCTYPE sst [<!ENTITY a "${'x'.repeat(100)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst`,
            )
            .replace('<t xml:space="preserve">klopt</t>', '<t xml:space="preserve">&c;&c;&c;</t>'),
        ),
      ),
    ),
    fc.constant(made('csv of 50 MB', hugeCsv)),
    fc.constant(
      made('csv too many rows', encode(`Opmerking\n${'x\n'.repeat(SPREADSHEET_LIMITS.maxRows + 1)}`)),
    ),
    fc.constant(made('csv too many columns', encode(`${'kop;'.repeat(300)}\n${'x;'.repeat(300)}\n`))),
    fc.constant(made('old xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))),
    fc.constant(made('empty', new Uint8Array())),
  );
}
