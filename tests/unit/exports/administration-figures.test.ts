import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/domain/report/build-report';
import { createSchoolYearFigures } from '../../../src/domain/school-year-figures';
import { teamFixture } from '../domain/report/fixture-cycle';
import { SEPARATOR, formatText, wordSections, type Format } from './report-formats';

/** The team report of 2025-2026, with figures for that year and the one before. */
function reportWithTwoYears() {
  const { input, vocabulary } = teamFixture();
  const profile = {
    ...input.profile,
    institutionNumber: '012345',
    directorName: 'Directeur Voorbeeld',
    contactEmail: 'info@lsc-debrug.be',
  };
  const schoolYearFigures = [
    {
      ...createSchoolYearFigures('2025-2026'),
      supportCouncilDate: '2026-06-11',
      trajectories: 412,
      fte: 38.75,
    },
    {
      ...createSchoolYearFigures('2024-2025'),
      supportCouncilDate: '2025-06-12',
      trajectories: 380,
      fte: 36.5,
    },
  ];
  return buildReport({ ...input, profile, schoolYearFigures }, vocabulary);
}

const row = (...cells: string[]): string => cells.join(SEPARATOR);

/** The format's text with empty cells and element boundaries between them dropped: cell | cell | cell. */
const cellsOf = (text: string): string =>
  text
    .split(SEPARATOR.trim())
    .map((cell) => cell.trim())
    .filter(Boolean)
    .join(SEPARATOR);

describe("section 1's figures in every format that has section 1", () => {
  it.each(['report page', 'Word', 'JSON'] as const satisfies readonly Format[])(
    '%s shows this school year beside the previous one, with the administration',
    async (format) => {
      const text = cellsOf(await formatText(format, reportWithTwoYears()));
      for (const value of ['012345', 'Directeur Voorbeeld', 'info@lsc-debrug.be'])
        expect(text).toContain(value);
      expect(text).toContain('Cijfers van het centrum per schooljaar');
      if (format === 'JSON') {
        expect(text).toContain('"11 juni 2026"');
        expect(text).toContain('"38,75"');
        return;
      }
      expect(text).toContain(row('Gegeven', '2025-2026', '2024-2025'));
      expect(text).toContain(
        row('Leersteunraad besprak de zelfevaluatie op', '11 juni 2026', '12 juni 2025'),
      );
      expect(text).toContain(row('Trajecten', '412', '380'));
      expect(text).toContain(row('Leerondersteuners (VTE)', '38,75', '36,5'));
    },
  );

  it('puts the figures in section 1 of the Word file, after the summary in front', async () => {
    const [, administration] = await wordSections(reportWithTwoYears());
    expect(cellsOf(administration ?? '')).toContain(row('Trajecten', '412', '380'));
  });
});
