import { describe, expect, it } from 'vitest';
import { createLscProfile } from '../../../src/domain/lsc-profile';
import { LscProfileSchema } from '../../../src/domain/lsc-profile-schema';
import {
  createSchoolYearFigures,
  figuresIdOf,
  figuresWithPrevious,
} from '../../../src/domain/school-year-figures';
import { SchoolYearFiguresSchema } from '../../../src/domain/school-year-figures-schema';

const year = (schoolYear: string) => createSchoolYearFigures(schoolYear, new Date('2026-12-06T10:00:00Z'));

/** The Dutch message the schema gives for the value, or undefined when it takes it. */
function problemWith(change: Record<string, unknown>): string | undefined {
  const result = SchoolYearFiguresSchema.safeParse({ ...year('2026-2027'), ...change });
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("a school year's figures", () => {
  it('takes counts per verslag and type, trajecten, staff and a VTE with two decimals', () => {
    const figures = {
      ...year('2026-2027'),
      supportCouncilDate: '2026-12-06',
      pupils: { gc: { basisaanbod: 336, 'type-9': 47 }, iac: { 'type-2': 3 }, ov4: { 'type-4': 0 } },
      trajectories: 412,
      supportStaff: 44,
      fte: 38.75,
    };
    expect(SchoolYearFiguresSchema.parse(figures)).toEqual(figures);
  });

  it('refuses what no centre counts, and says so in Dutch', () => {
    expect(problemWith({ trajectories: -1 })).toBe('Vul 0 of meer in.');
    expect(problemWith({ supportStaff: 2.5 })).toBe('Vul een geheel getal in.');
    expect(problemWith({ fte: 12.125 })).toBe('Vul hoogstens twee cijfers na de komma in (bv. 12,75).');
    expect(problemWith({ fte: -0.5 })).toBe('Vul 0 of meer in.');
    expect(problemWith({ pupils: { gc: {}, iac: {}, ov4: { basisaanbod: 2 } } })).toBe(
      'een verslag voor een type dat er niet bestaat',
    );
    expect(problemWith({ pupils: { gc: { 'type-5': 2 }, iac: {}, ov4: {} } })).toBeDefined();
  });

  it('has one id per school year, so a second record of the same year is the same record', () => {
    expect(year('2026-2027').id).toBe(figuresIdOf('2026-2027'));
    expect(year('2026-2027').id).not.toBe(year('2025-2026').id);
    expect(problemWith({ schoolYear: '2025-2026' })).toBe('het id hoort bij een ander schooljaar');
  });

  it("picks the cycle's school year and the one before it, whatever else is stored", () => {
    const all = [year('2023-2024'), year('2026-2027'), year('2025-2026'), year('2027-2028')];
    const { current, previous } = figuresWithPrevious(all, '2026-2027');
    expect([current?.schoolYear, previous?.schoolYear]).toEqual(['2026-2027', '2025-2026']);
    expect(figuresWithPrevious(all, '2024-2025')).toEqual({ previous: all[0] });
    expect(figuresWithPrevious([], '2026-2027')).toEqual({});
  });
});

describe("the centre's administration", () => {
  const problemWithProfile = (change: Record<string, unknown>): string | undefined => {
    const result = LscProfileSchema.safeParse({ ...createLscProfile(), ...change });
    return result.success ? undefined : result.error.issues[0]?.message;
  };

  it('takes an instellingsnummer, address, schoolbestuur, director and contact, or blanks', () => {
    const profile = {
      ...createLscProfile(),
      institutionNumber: '012345',
      address: 'Markt 1, 2400 Mol',
      governingBody: 'Scholengroep Kempen',
      directorName: 'Directeur Voorbeeld',
      contactEmail: 'info@lsc-kempen.be',
      contactPhone: '+32 14 12 34 56',
    };
    expect(LscProfileSchema.parse(profile)).toEqual(profile);
    expect(LscProfileSchema.parse(createLscProfile()).contactEmail).toBe('');
  });

  it('refuses an instellingsnummer with letters, an e-mail without domain and a phone without digits', () => {
    expect(problemWithProfile({ institutionNumber: '12a45' })).toBe(
      'Een instellingsnummer bestaat alleen uit cijfers (hoogstens tien).',
    );
    expect(problemWithProfile({ contactEmail: 'info@lsc' })).toBe(
      'Vul een e-mailadres in zoals info@leersteuncentrum.be.',
    );
    expect(problemWithProfile({ contactPhone: 'bel ons' })).toBe(
      'Vul een telefoonnummer in met cijfers, zoals 03 123 45 67 of +32 3 123 45 67.',
    );
  });
});
