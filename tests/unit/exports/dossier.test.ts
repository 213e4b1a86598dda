import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierParts } from '../../../src/exports/dossier/build-dossier';
import type { DossierAttachment } from '../../../src/exports/dossier/dossier-files';
import { safeFileName, uniqueFileNames } from '../../../src/exports/dossier/file-names';

const bytes = (text: string) => new TextEncoder().encode(text);

function attachment(
  evidenceTitle: string,
  name: string,
  extra: Partial<DossierAttachment> = {},
): DossierAttachment {
  return {
    expectationCodes: ['R1'],
    evidenceTitle,
    name,
    siblings: 1,
    bytes: bytes(`${evidenceTitle}|${name}`),
    ...extra,
  };
}

const HOSTILE_TITLES = [
  '../../etc/passwd',
  '..\\..\\Windows\\system32',
  'CON',
  'verslag\u202Efdp.exe',
  '<script>alert(1)</script>',
  'a'.repeat(400),
  '   ',
  'Zorgoverleg: "wie?" | *alle* scholen',
  'nul\u0000byte\ttab\nnewline',
  '.verborgen.',
];

function dossier(attachments: readonly DossierAttachment[]): DossierParts {
  return {
    cycleTitle: 'Zelfevaluatie 2026-2027',
    reportWord: bytes('PK-word'),
    reportHtml: '<!doctype html><title>Rapport</title>',
    actions: [],
    evidence: [],
    attachments,
    now: new Date('2026-12-07T10:00:00Z'),
  };
}

/** The zip's files by path, and the index page's links resolved against its folder. */
function opened(zip: Uint8Array) {
  const files = unzipSync(zip);
  const paths = Object.keys(files);
  const indexPath = paths.find((path) => path.endsWith('/index.html'))!;
  const folder = indexPath.slice(0, -'index.html'.length);
  const index = new TextDecoder().decode(files[indexPath]);
  const links = [...index.matchAll(/href="([^"]*)"/g)].map((match) =>
    decodeURIComponent(match[1]!.replaceAll('&#38;', '&')),
  );
  return { files, paths, folder, index, links: links.map((link) => `${folder}${link}`) };
}

describe('the inspection dossier', () => {
  it('holds the report as Word and HTML, the action plan and the sources, and an index linking each', () => {
    const { files, folder, links } = opened(buildDossier(dossier([])));
    expect(folder).toBe('Dossier Zelfevaluatie 2026-2027/');
    for (const name of ['Rapport.docx', 'Rapport.html', 'Actieplan.csv', 'Bronnen.csv'])
      expect(links).toContain(`${folder}${name}`);
    expect(new TextDecoder().decode(files[`${folder}Rapport.docx`])).toBe('PK-word');
    for (const link of links) expect(files[link], link).toBeDefined();
  });

  it('carries every attachment once, under a readable, unique and safe name that the index links', () => {
    const attachments = [
      attachment('Tevredenheidsbevraging ouders', 'resultaten.PDF', { evidenceDate: '2025-06-12' }),
      attachment('Tevredenheidsbevraging ouders', 'resultaten.pdf', { evidenceDate: '2025-06-12' }),
      attachment('Verslag overleg', 'deel 1.docx', { siblings: 2, expectationCodes: ['M2', 'S1'] }),
      attachment('Verslag overleg', 'deel 2.docx', { siblings: 2, expectationCodes: ['M2', 'S1'] }),
      attachment('VERSLAG', 'a.pdf', { expectationCodes: [] }),
      attachment('verslag', 'b.pdf', { expectationCodes: [] }),
      ...HOSTILE_TITLES.map((title, index) => attachment(title, `bestand${index}.pdf`)),
    ];
    const { files, paths, folder, links } = opened(buildDossier(dossier(attachments)));
    const attached = paths.filter((path) => path.startsWith(`${folder}bijlagen/`));

    // Once each: as many files as attachments, each holding its own bytes.
    expect(attached).toHaveLength(attachments.length);
    expect(new Set(attached.map((path) => new TextDecoder().decode(files[path])))).toEqual(
      new Set(attachments.map((item) => new TextDecoder().decode(item.bytes))),
    );
    // Unique even where Windows and macOS ignore case.
    expect(new Set(attached.map((path) => path.toLowerCase())).size).toBe(attached.length);
    // Safe: one folder deep, no forbidden or invisible character, no device name, no leading or trailing dot.
    for (const path of attached) {
      const name = path.slice(`${folder}bijlagen/`.length);
      expect(name, path).not.toMatch(/[\\/<>:"|?*\u0000-\u001f\u202a-\u202e]/u);
      expect(name, path).not.toMatch(/^\.|\.$|^\s|\s$/);
      expect(name.replace(/\.[^.]+$/, ''), path).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      expect(name.length, path).toBeLessThanOrEqual(120);
    }
    // Readable: codes, the source's title, its year, the extension it had.
    expect(attached).toContain(`${folder}bijlagen/R1 - Tevredenheidsbevraging ouders 2025.pdf`);
    expect(attached).toContain(`${folder}bijlagen/R1 - Tevredenheidsbevraging ouders 2025 (2).pdf`);
    expect(attached).toContain(`${folder}bijlagen/M2 S1 - Verslag overleg - deel 1.docx`);
    expect(attached).toContain(`${folder}bijlagen/M2 S1 - Verslag overleg - deel 2.docx`);
    // Every attachment is linked from the index, and every link leads to a file.
    for (const path of attached) expect(links, path).toContain(path);
    for (const link of links) expect(files[link], link).toBeDefined();
  });

  it('writes hostile titles in the index as text, never as markup', () => {
    const { index } = opened(
      buildDossier(dossier([attachment('<script>alert(1)</script>', '<img onerror=x>.pdf')])),
    );
    expect(index).not.toMatch(/<script|<img/i);
    expect(index).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });
});

describe('a safe file name', () => {
  it('keeps what a reader recognises, and drops what a file system refuses', () => {
    expect(safeFileName('R1 - Verslag: juni/juli', 'PDF')).toBe('R1 - Verslag juni juli.pdf');
    expect(safeFileName('   ', 'pdf')).toBe('bestand.pdf');
    expect(safeFileName('aux', 'txt')).toBe('aux_.txt');
    expect(safeFileName('coördinatie één', 'docx')).toBe('coördinatie één.docx');
  });

  it('numbers the second of two same names, whatever their case', () => {
    expect(uniqueFileNames(['a.pdf', 'A.pdf', 'a.pdf', 'b'])).toEqual([
      'a.pdf',
      'A (2).pdf',
      'a (3).pdf',
      'b',
    ]);
  });
});
