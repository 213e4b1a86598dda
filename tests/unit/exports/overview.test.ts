import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/domain/report/build-report';
import { renderJson } from '../../../src/exports/json/render-json';
import { teamFixture } from '../domain/report/fixture-cycle';
import { sectionOf } from '../domain/report/model-helpers';
import { SEPARATOR, reportPageSections, wordSections } from './report-formats';

/** A format's text as its non-empty pieces, one `|` between them: the page and Word split cells differently. */
const pieces = (text: string): string =>
  text
    .split(SEPARATOR)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '')
    .join('|');

/** The team report with the summary in front. */
function teamReport() {
  const { input, vocabulary } = teamFixture();
  return buildReport(input, vocabulary);
}

describe('the summary in front in every format that lays it out', () => {
  it.each([
    ['report page', reportPageSections],
    ['Word', wordSections],
  ] as const)(
    'the %s has it first, unnumbered, with the levels, the lists, the checklist, who took part and the changes',
    async (_, sectionsOf) => {
      const model = teamReport();
      const [page = '', first = ''] = await sectionsOf(model);
      const summary = pieces(page);
      const cells = (...texts: string[]) => texts.join('|');
      expect(summary).toContain('In één oogopslag');
      expect(summary).not.toMatch(/\d\. In één oogopslag/);
      expect(first).toContain('1. Administratieve gegevens en situering');
      // A rubriek's row: its name, then the codes at each level from "overstijgt" to "zonder niveau".
      expect(summary).toContain(cells('Ontwikkeling: Maatwerk', 'M1', 'M2', 'M3, M4'));
      expect(summary).toContain(cells('Aantal', '1', '4', '1', '1', '10'));
      expect(summary).toContain('Sterke punten');
      expect(summary).toContain('Co-teaching van leerondersteuner en leraar in elke eerste graad.');
      expect(summary).toContain('tekort');
      expect(summary).toContain('Handelingsplannen samen met de leraar opstellen.');
      expect(summary).toContain('3 (coördinator 1, leerondersteuner 1, directie 1)');
      expect(summary).toContain('Evolutie sinds 2024-2025');
      const squashed = (text: string) => text.replace(/[|\s]/g, '');
      expect(squashed(summary)).toContain(squashed('gestegen (▲): R1 · gelijk (=): R2, M2, BL1'));
      expect(squashed(summary)).toContain(squashed('in orde: 0 · deels in orde: 0 · niet in orde: 0'));
    },
  );

  it('the Word file lays the changes on one line', async () => {
    const [summary = ''] = await wordSections(teamReport());
    const parts = summary.split(SEPARATOR);
    const changes = parts.find((part) => part.startsWith('gestegen'));
    expect(changes).toBe(
      'gestegen (▲): R1 · gelijk (=): R2, M2, BL1 · gedaald (▼): M1 · nieuw in focus: S4, BL5 · nu meer informatie nodig: V1 · nog geen gezamenlijk oordeel: R3, M3, M4, S2, S3, BL3, BL4 · niet te vergelijken: S1, BL2',
    );
  });

  it('the JSON has it as the model has it, with the format version that introduced it', () => {
    const model = teamReport();
    const json = JSON.parse(renderJson(model, 'https://example.org/')) as {
      formatVersion: number;
      sections: { id: string; number?: number }[];
    };
    expect(json.formatVersion).toBe(9);
    expect(json.sections[0]).toEqual(JSON.parse(JSON.stringify(sectionOf(model, 'overview'))));
    expect(json.sections.map((section) => section.number)).toEqual([undefined, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
