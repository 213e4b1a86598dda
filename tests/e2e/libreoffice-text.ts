import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pdfText } from './pdf-text';

/** The text LibreOffice sees in a .docx: converted to PDF by `soffice --headless`, then read. */
export async function libreOfficeText(docx: string): Promise<string> {
  return (await pdfText(readFileSync(await libreOfficePdf(docx)))).text;
}

/** A .docx as LibreOffice lays it out: the path of the PDF `soffice --headless` made of it. */
export async function libreOfficePdf(docx: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'libreoffice-'));
  // A profile of its own, so a LibreOffice already open on this machine does not take over the conversion.
  await promisify(execFile)('soffice', [
    `-env:UserInstallation=file://${out}/profile`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    out,
    docx,
  ]);
  return join(
    out,
    docx
      .split('/')
      .at(-1)!
      .replace(/\.docx$/, '.pdf'),
  );
}
