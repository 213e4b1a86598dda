import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH } from '../../../src/exports/docx/docx-layout';
import { dataTable, widthsOf } from '../../../src/exports/docx/docx-table';
import { docxParts, part } from './docx-parts';

/** The document.xml of a document holding only the given table. */
async function tableXml(table: ReturnType<typeof dataTable>): Promise<string> {
  const blob = await Packer.toBlob(new Document({ sections: [{ children: table }] }));
  return part(await docxParts(blob), 'word/document.xml');
}

const COLUMNS = [
  { header: 'Actie', share: 28 },
  { header: 'Verwachtingen', share: 21 },
  { header: 'Eigenaar', share: 17 },
  { header: 'Einddatum', share: 17 },
  { header: 'Status', share: 17 },
];

describe('a table in the Word file', () => {
  it('gives a column the width its longest word needs, and the others the rest in their proportions', () => {
    const widths = widthsOf([28, 21, 17, 17, 17], TEXT_WIDTH, [0, 0, 2300, 0, 0]);
    expect(widths[2]).toBe(2300);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH);
    expect((widths[0] ?? 0) / (widths[1] ?? 1)).toBeCloseTo(28 / 21, 2);
  });

  it('keeps the shares when the words cannot all fit', () => {
    expect(widthsOf([50, 50], 1000, [900, 900])).toEqual([500, 500]);
  });

  it('breaks no word in a narrow column: "kwaliteitscoördinator" gets its column widened', async () => {
    const xml = await tableXml(
      dataTable(COLUMNS, [['Overleg', 'M1', 'kwaliteitscoördinator', '6 december 2026', 'lopend']]),
    );
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, width]) => Number(width));
    // 21 characters of 10 pt text, with room for a wider font than Calibri, and the cell's padding: wider than
    // its 17 % share of the page.
    expect(grid[2]).toBeGreaterThanOrEqual(21 * 120 + 200);
    expect(grid[2]).toBeGreaterThan(Math.floor(TEXT_WIDTH * 0.17));
  });

  it('repeats its header row on every page, keeps a short row whole and lets a row taller than a third of a page split', async () => {
    const long = 'Een verslag dat doorloopt. '.repeat(200);
    const xml = await tableXml(
      dataTable(COLUMNS, [
        ['Kort', 'M1', 'Els', '', 'gepland'],
        [long, 'M2', 'Els', '', 'lopend'],
      ]),
    );
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, row]) => row ?? '');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).toContain('<w:cantSplit/>');
    expect(rows[2]).not.toContain('<w:cantSplit/>');
  });
});
