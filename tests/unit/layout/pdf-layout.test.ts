import { describe, expect, it } from 'vitest';
import { checkPdfLayout, type DocumentOutline } from '../../layout/pdf-layout';

/** A line of text on a crafted page: its distance from the top in points, and whether it is a bold heading. */
interface CraftedLine {
  text: string;
  top: number;
  heading?: boolean;
}

/**
 * A PDF of A4 pages (595 × 842 pt) with lines of Helvetica 10 pt, headings in Helvetica-Bold 14 pt, and on every
 * page a running header and footer, made by hand so the checker is tested on a layout known exactly.
 */
function craftedPdf(pages: readonly (readonly CraftedLine[])[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pageTree = add('');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>');
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const pageIds = pages.map((lines, index) => {
    const all = [
      { text: 'Centrum De Brug', top: 30 },
      ...lines,
      { text: `Pagina ${index + 1} van ${pages.length}`, top: 820 },
    ];
    const stream = all
      .map(
        (line) =>
          `BT /${'heading' in line && line.heading ? 'F2 14' : 'F1 10'} Tf 60 ${842 - line.top} Td (${escape(line.text)}) Tj ET`,
      )
      .join('\n');
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] =
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF`;
  return new TextEncoder().encode(pdf);
}

/** Lines of body text from `from` down to `to` points from the top, 14 pt apart. */
const text = (from: number, to: number, word = 'Tekst'): CraftedLine[] =>
  Array.from({ length: Math.floor((to - from) / 14) + 1 }, (_, index) => ({
    text: `${word} ${index + 1}`,
    top: from + index * 14,
  }));

const outline: DocumentOutline = {
  sections: ['1. Eerste', '2. Tweede deel van het rapport'],
  headings: ['1. Eerste', '2. Tweede deel van het rapport', 'Bronnen'],
  tables: [{ headers: ['Bron', 'Datum'], rows: ['Bron 1', 'Bron 2', 'Bron 3'] }],
};

describe('the layout check of a printed report', () => {
  it('passes full pages, a short last page of a section, and a table whose header row comes back', async () => {
    const report = await checkPdfLayout(
      craftedPdf([
        [{ text: 'Omslag', top: 300 }],
        [{ text: '1. Eerste', top: 80, heading: true }, ...text(100, 760)],
        [...text(80, 200)],
        [
          // A section's heading that wraps still starts its section (so the page before may be short).
          { text: '2. Tweede deel van', top: 80, heading: true },
          { text: 'het rapport', top: 98, heading: true },
          ...text(120, 700),
          { text: 'Bron Datum', top: 720 },
          { text: 'Bron 1 5 maart 2026', top: 740 },
        ],
        [
          { text: 'Bron Datum', top: 80 },
          { text: 'Bron 2 6 december 2026', top: 100 },
          { text: 'Bron 3', top: 120 },
          ...text(140, 760),
        ],
        [...text(80, 700)],
      ]),
      outline,
    );
    expect(report.pages).toBe(6);
    expect(report.issues).toEqual([]);
    expect(report.perPage.map((page) => page.startsSection)).toEqual([
      false,
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it('finds a nearly empty page inside a section, a heading at the foot of a page, a table without its header and a date as 2026-10-01', async () => {
    const report = await checkPdfLayout(
      craftedPdf([
        [{ text: 'Omslag', top: 300 }],
        [
          { text: '1. Eerste', top: 80, heading: true },
          ...text(100, 740),
          { text: 'Bronnen', top: 760, heading: true },
        ],
        [...text(80, 160)],
        [...text(80, 700), { text: 'Bron Datum', top: 720 }, { text: 'Bron 1 2026-10-01', top: 740 }],
        [{ text: 'Bron 2', top: 80 }, { text: 'Bron 3', top: 100 }, ...text(120, 760)],
        [{ text: '2. Tweede deel van het rapport', top: 80, heading: true }, ...text(100, 300)],
      ]),
      outline,
    );
    expect(report.issues.map(({ page, problem }) => [page, problem])).toEqual([
      [2, 'headingLastOnPage'],
      [3, 'nearlyEmptyPage'],
      [4, 'isoDate'],
      [5, 'tableWithoutHeader'],
    ]);
  });
});
