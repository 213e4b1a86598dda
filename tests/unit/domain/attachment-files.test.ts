import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../src/domain/attachment';
import { ACCEPTED_EXTENSIONS, canPreview, checkFile } from '../../../src/domain/attachment-files';

describe('checkFile', () => {
  it('accepts PDF, pictures, office documents, text and CSV, typed by their extension', () => {
    expect(checkFile({ name: 'Verslag.PDF', size: 10 })).toEqual({ ok: true, type: 'application/pdf' });
    expect(checkFile({ name: 'foto.jpeg', size: 10 })).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkFile({ name: 'cijfers.ods', size: 10 })).toEqual({
      ok: true,
      type: 'application/vnd.oasis.opendocument.spreadsheet',
    });
    expect(checkFile({ name: 'lijst.csv', size: MAX_ATTACHMENT_BYTES })).toEqual({
      ok: true,
      type: 'text/csv',
    });
  });

  it('refuses other types, including pictures that can hold script', () => {
    for (const name of ['script.html', 'tekening.svg', 'programma.exe', 'zonder-extensie', 'x.constructor']) {
      expect(checkFile({ name, size: 10 })).toEqual({ ok: false, reason: 'wrongType' });
    }
  });

  it('refuses a file over the limit', () => {
    expect(checkFile({ name: 'groot.pdf', size: MAX_ATTACHMENT_BYTES + 1 })).toEqual({
      ok: false,
      reason: 'tooLarge',
    });
  });

  it('offers every accepted extension to the file picker', () => {
    expect(ACCEPTED_EXTENSIONS.split(',')).toEqual(expect.arrayContaining(['.pdf', '.docx', '.odp', '.txt']));
  });
});

describe('canPreview', () => {
  it('shows only PDF and raster pictures in the browser', () => {
    expect(canPreview('application/pdf')).toBe(true);
    expect(canPreview('image/png')).toBe(true);
    expect(canPreview('image/svg+xml')).toBe(false);
    expect(canPreview('text/html')).toBe(false);
    expect(canPreview('')).toBe(false);
  });
});
