import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TestInfo } from '@playwright/test';

/** A small, valid one-page PDF, so the browser's viewer has something real to open. */
export function smallPdf(text: string): Buffer {
  const content = `BT /F1 18 Tf 20 40 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * A file in the test's output folder, so the browser reads it from disk: sent as bytes, a 21 MB file took
 * Playwright 25 s on a busy two-core machine and made the evidence journey time out. A size instead of
 * contents gives a file of that many zero bytes, which the file system keeps without writing them.
 */
export async function fileOnDisk(
  testInfo: TestInfo,
  name: string,
  contents: Buffer | number,
): Promise<string> {
  const path = testInfo.outputPath(name);
  await mkdir(dirname(path), { recursive: true });
  if (typeof contents === 'number') {
    await writeFile(path, '');
    await truncate(path, contents);
  } else await writeFile(path, contents);
  return path;
}
