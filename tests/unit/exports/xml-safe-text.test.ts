import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../../src/exports/calendar-date';
import { linesOf, xmlSafeText } from '../../../src/exports/xml-safe-text';

describe('xmlSafeText', () => {
  it('drops the characters XML 1.0 forbids', () => {
    expect(xmlSafeText('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
  });

  it('drops half a surrogate pair but keeps whole ones', () => {
    expect(xmlSafeText('x\uD83Dy\uDE00z 😀')).toBe('xyz 😀');
  });

  it('keeps tab, line ends, markup-like text, emoji and right-to-left script', () => {
    const text = 'tab\there\r\nnext <b>&amp;</b> 😀👩🏽‍🏫 עִבְרִית العربية';
    expect(xmlSafeText(text)).toBe(text);
  });
});

describe('linesOf', () => {
  it('splits on every kind of line end', () => {
    expect(linesOf('een\r\ntwee\rdrie\nvier\n\nzes')).toEqual(['een', 'twee', 'drie', 'vier', '', 'zes']);
  });
});

describe('formatCalendarDate', () => {
  it('writes a calendar date as Flemish readers do, whatever the time zone', () => {
    expect(formatCalendarDate('2025-12-01')).toBe('1 december 2025');
    expect(formatCalendarDate('2026-01-31')).toBe('31 januari 2026');
  });

  it('leaves anything else as it is', () => {
    expect(formatCalendarDate('binnenkort')).toBe('binnenkort');
  });
});
