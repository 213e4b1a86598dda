import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/domain/report/build-report';
import { ratingRows } from '../../../src/domain/report/rating-rows';
import type { ReportInput } from '../../../src/domain/report/report-input';
import { ratingsCsv } from '../../../src/exports/csv/ratings-csv';
import { renderDocx } from '../../../src/exports/docx/render-docx';
import { xmlSafeText } from '../../../src/exports/xml-safe-text';
import { report as reportText } from '../../../src/ui/strings/report';
import { parseCsv } from '../../shared/parse-csv';
import { HOSTILE_LIST, VERY_LONG_TEXT, startsLikeFormula } from '../../shared/hostile-strings';
import { teamFixture } from '../domain/report/fixture-cycle';
import { docxParts, paragraphsOf, part, unescapeXml, wellFormednessProblems } from './docx-parts';

/** The team cycle with the given text in every text the team writes. */
function hostileInput(text: string): ReportInput {
  const { input } = teamFixture({ includeIndividualNotes: true });
  return {
    ...input,
    // A title is a label: trimmed, at most 300 characters.
    cycle: { ...input.cycle, title: text.trim().slice(0, 300) || 'leeg' },
    assessments: input.assessments.map((assessment) => ({
      ...assessment,
      justification: text,
      strengths: text,
      pointsToDevelop: text,
    })),
    evidence: input.evidence.map((item) => ({
      ...item,
      title: text.trim().slice(0, 300) || 'leeg',
      description: text,
    })),
    actions: input.actions.map((action) => ({
      ...action,
      title: text.trim().slice(0, 300) || 'leeg',
      goal: text,
    })),
    recommendations: (input.recommendations ?? []).map((recommendation) => ({ ...recommendation, text })),
  };
}

const CORPUS = [...HOSTILE_LIST, VERY_LONG_TEXT];

describe('hostile text in the Word file', () => {
  it.each(CORPUS.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
    'stays text, and the document stays well-formed: %s',
    async (_name, text) => {
      const { vocabulary } = teamFixture();
      const parts = await docxParts(await renderDocx(buildReport(hostileInput(text), vocabulary), {}));
      for (const [path, xml] of parts) {
        if (path.endsWith('.xml')) expect([path, wellFormednessProblems(xml)]).toEqual([path, []]);
      }
      const xml = part(parts, 'word/document.xml');
      // Markup comes through escaped, as characters, never as elements Word would interpret.
      expect(xml).not.toMatch(/<(script|img|svg|b|i|a)[\s>]/);
      const paragraphs = paragraphsOf(xml).map((paragraph) => paragraph.text);
      const expected = xmlSafeText(text)
        .split(/\r\n|\r|\n/)
        .filter((line) => line.trim() !== '');
      for (const line of expected) {
        expect(paragraphs.some((paragraph) => paragraph.includes(line))).toBe(true);
      }
      expect(unescapeXml(xml)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    },
  );
});

describe('hostile text in the CSV file', () => {
  it.each(CORPUS.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
    'reads back as the same text, a formula only with its apostrophe in front: %s',
    (_name, text) => {
      const { vocabulary } = teamFixture();
      const rows = parseCsv(
        ratingsCsv(ratingRows(buildReport(hostileInput(text), vocabulary), reportText.csvTeam), reportText),
      );
      const justification = reportText.csvHeader.indexOf('Verantwoording');
      expect(justification).toBeGreaterThan(-1);
      const expected = startsLikeFormula(text) ? `'${text}` : text;
      for (const row of rows.slice(1)) {
        expect(row[justification]).toBe(expected);
        // No cell of the file begins a formula, whatever the user typed.
        for (const cell of row) expect(startsLikeFormula(cell)).toBe(false);
      }
    },
  );
});
