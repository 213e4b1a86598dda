import { REPORT_FORMAT_VERSION } from '../../../src/domain/report/report-format';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildReport } from '../../../src/domain/report/build-report';
import { ReportModelSchema } from '../../../src/domain/report/report-model';
import { renderDocx } from '../../../src/exports/docx/render-docx';
import { renderJson } from '../../../src/exports/json/render-json';
import { report as reportText } from '../../../src/ui/strings/report';
import { teamFixture } from '../domain/report/fixture-cycle';
import { reportedExpectations } from '../domain/report/model-helpers';
import { docxParts, headingsOf, paragraphsOf, part } from './docx-parts';
import { csvCells, formatText, reportPageText, wordText, FORMATS } from './report-formats';

const followUp = () => {
  const { input, vocabulary } = teamFixture({ includeIndividualNotes: true });
  return buildReport(input, vocabulary);
};

const firstCycle = () => {
  const { input, vocabulary } = teamFixture({ includeIndividualNotes: true });
  const { previous: _previous, ...first } = input;
  return buildReport(first, vocabulary);
};

/** The words that only a report following up a previous cycle holds. */
const EVOLUTION_WORDS = [
  'Wat deden we met de vorige zelfevaluatie?',
  'Vorige zelfevaluatie (2024-2025)',
  'Verandering',
  'Vorig oordeel',
  'stippellijn',
  'gestegen',
];

describe('the evolution in every format', () => {
  it('the CSV has the previous judgement, its level and the change beside the team’s judgement', () => {
    const [header = [], ...rows] = csvCells(followUp());
    const column = (name: string) => header.indexOf(name);
    const teamRow = (code: string) =>
      rows.find((cells) => cells[2] === code && cells[4] === reportText.csvTeam) ?? [];
    const previous = (code: string) =>
      [column('Vorig oordeel'), column('Vorig niveau (1-4)'), column('Verandering')].map(
        (index) => teamRow(code)[index],
      );
    expect(previous('R1')).toEqual(['benadert de verwachting', '2', 'gestegen (▲)']);
    expect(previous('R2')).toEqual(['overstijgt de verwachting', '4', 'gelijk (=)']);
    expect(previous('M1')).toEqual(['volgens de verwachting', '3', 'gedaald (▼)']);
    expect(previous('V1')).toEqual(['volgens de verwachting', '3', 'nu meer informatie nodig']);
    // A member's own rating is not compared with the team's of last year.
    const memberRow = rows.find((cells) => cells[2] === 'R1' && cells[4] === 'Ann Peeters') ?? [];
    expect(memberRow[column('Verandering')]).toBe('');
  });

  it('the report page and the Word file show each expectation’s previous judgement and change', async () => {
    const model = followUp();
    const page = reportPageText(model);
    const word = await wordText(model);
    for (const expectation of reportedExpectations(model)) {
      const { evolution } = expectation;
      const line = `${evolution!.previous.label} — ${evolution!.change.label}`;
      expect(page, expectation.code).toContain(line);
      expect(word, expectation.code).toContain(line);
    }
  });

  it('the Word file has the part on the previous cycle under its own headings, and the summary table’s years', async () => {
    const xml = part(await docxParts(await renderDocx(followUp(), {})), 'word/document.xml');
    expect(headingsOf(xml)).toEqual(
      expect.arrayContaining([
        [2, 'Wat deden we met de vorige zelfevaluatie?'],
        [3, 'De aanbevelingen van Zelfevaluatie 2024-2025 en wat we ermee deden'],
        [3, 'Andere acties van de vorige zelfevaluatie'],
        [3, 'Verwachtingen waarvan het niveau veranderde'],
      ]),
    );
    const texts = paragraphsOf(xml).map((paragraph) => paragraph.text);
    const header = texts.indexOf('Niveau 2025-2026');
    expect(texts.slice(header, header + 3)).toEqual(['Niveau 2025-2026', 'Niveau 2024-2025', 'Verandering']);
    expect(texts).toContainEqual(
      expect.stringMatching(/^Ouderbevraging \(R1\) — overgenomen in deze zelfevaluatie \(nu lopend\)\n/),
    );
  });

  it('the JSON is of the current format and its schema describes the evolution', () => {
    const json = JSON.parse(renderJson(followUp(), 'https://lsc.example/')) as { formatVersion: number };
    expect(ReportModelSchema.safeParse(json).success).toBe(true);
    expect(json.formatVersion).toBe(REPORT_FORMAT_VERSION);
    const schema = JSON.stringify(z.toJSONSchema(ReportModelSchema));
    for (const field of ['evolution', 'comparedYears', 'previousLevel', 'otherActions', 'outcome']) {
      expect(schema).toContain(`"${field}"`);
    }
    expect(schema).not.toContain('"carriedActions"');
  });

  it.each(FORMATS.filter((format) => format !== 'CSV'))(
    'a first cycle’s report in %s says nothing of a previous cycle, not even a heading',
    async (format) => {
      const text = await formatText(format, firstCycle());
      for (const word of EVOLUTION_WORDS) expect(text).not.toContain(word);
      expect(text).not.toMatch(/[▲▼]/);
    },
  );
});
