import { describe, expect, it } from 'vitest';
import { findPersonalData, maskPersonalData } from '../../../../src/domain/privacy/find-personal-data';
import { isNationalRegisterNumber } from '../../../../src/domain/privacy/national-register-number';

const found = (text: string) => findPersonalData(text).map(({ kind, text: match }) => [kind, match]);

describe('national register numbers', () => {
  // Checked by hand: 850730033 = 97 × 8,770,412 + 69, and 97 − 69 = 28.
  it('accepts a number of someone born before 2000 with its check digits', () => {
    expect(isNationalRegisterNumber('85073003328')).toBe(true);
    expect(isNationalRegisterNumber('85073003329')).toBe(false);
  });

  // 2170101123 = 97 × 22,372,176 + 51 → 46; and 170101123 = 97 × 1,753,619 + 80 → 17 (born 1917).
  it('accepts a number of someone born from 2000, with "2" put before the nine digits', () => {
    expect(isNationalRegisterNumber('17010112346')).toBe(true);
    expect(isNationalRegisterNumber('17010112317')).toBe(true);
    expect(isNationalRegisterNumber('17010112347')).toBe(false);
  });

  it('accepts BIS numbers (month + 20 or + 40) and refuses impossible months and days', () => {
    // 852730033 = 97 × 8,791,031 + 26 → 71; 854730033 = 97 × 8,811,649 + 80 → 17.
    expect(isNationalRegisterNumber('85273003371')).toBe(true);
    expect(isNationalRegisterNumber('85473003317')).toBe(true);
    // 851330033 = 97 × 8,776,598 + 27 → 70: a valid check, but there is no 13th month.
    expect(isNationalRegisterNumber('85133003370')).toBe(false);
    // 850732033 = 97 × 8,770,433 + 32 → 65: a valid check, but no 32nd day.
    expect(isNationalRegisterNumber('85073203365')).toBe(false);
  });

  it('is found with or without separators', () => {
    expect(found('rijksregisternummer 85.07.30-033.28 van de leerling')).toEqual([
      ['nationalRegisterNumber', '85.07.30-033.28'],
    ]);
    expect(found('RRN: 850730 033 28.')).toEqual([['nationalRegisterNumber', '850730 033 28']]);
    expect(found('(85073003328)')).toEqual([['nationalRegisterNumber', '85073003328']]);
    expect(found('17.01.01-123.46')).toEqual([['nationalRegisterNumber', '17.01.01-123.46']]);
  });

  it('is not found when the check digits are wrong or the digits are part of a longer number', () => {
    expect(found('85.07.30-033.29')).toEqual([]);
    expect(found('185073003328')).toEqual([]);
    expect(found('85073003328 1')).toEqual([]);
    expect(found('BE68 5390 0754 7034')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('are found in running text, with dots, plus signs and sub-domains', () => {
    expect(found('Mail els.peeters+lsc@scholen.gent.be of jan@lsc.be.')).toEqual([
      ['email', 'els.peeters+lsc@scholen.gent.be'],
      ['email', 'jan@lsc.be'],
    ]);
  });

  it('are not found in a mention of a handle or a bare @', () => {
    expect(found('@directie, zie @ 10 uur')).toEqual([]);
  });
});

describe('Belgian phone numbers', () => {
  it.each([
    '0471 23 45 67',
    '0471/23.45.67',
    '0471234567',
    '09 123 45 67',
    '09/123.45.67',
    '011 22 33 44',
    '02-123-45-67',
    '+32 471 23 45 67',
    '+32471234567',
    '0032 9 123 45 67',
    '+32 (0)9 123 45 67',
    '0800 12 345',
  ])('finds %s', (number) => {
    expect(found(`Bel ${number} na 16 uur.`)).toEqual([['phone', number]]);
  });

  it.each([
    ['a date', 'op 01.09.2025'],
    ['a date range', 'van 01.09.2025-30.06.2026'],
    ['a school year', 'schooljaar 2025-2026'],
    ['a school number (instellingsnummer)', 'school 047258'],
    ['an amount', '€ 1.234.567,89'],
    ['a 10-digit number that is no mobile', '0123456789'],
    ['an enterprise number', 'KBO 0123.456.789'],
    ['a time and a count', 'om 09.30 met 12 leerlingen'],
  ])('leaves %s alone', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('several kinds in one text', () => {
  it('are listed in the order they appear, an e-mail address winning over digits inside it', () => {
    expect(found('85073003328@school.be, bel 0471 23 45 67 of zie 85.07.30-033.28')).toEqual([
      ['email', '85073003328@school.be'],
      ['phone', '0471 23 45 67'],
      ['nationalRegisterNumber', '85.07.30-033.28'],
    ]);
  });
});

describe('masking', () => {
  it('keeps the format and the first and last two digits of a number, the first letter and domain of an address', () => {
    expect(maskPersonalData({ kind: 'nationalRegisterNumber', text: '85.07.30-033.28' })).toBe(
      '85.••.••-•••.28',
    );
    expect(maskPersonalData({ kind: 'phone', text: '0471 23 45 67' })).toBe('04•• •• •• 67');
    expect(maskPersonalData({ kind: 'email', text: 'els.peeters@school.be' })).toBe('e••••••••••@school.be');
  });
});
