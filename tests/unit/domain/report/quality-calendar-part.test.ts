import { REPORT_FORMAT_VERSION } from '../../../../src/domain/report/report-format';
import { describe, expect, it } from 'vitest';
import { createQualityCalendar, withFocus } from '../../../../src/domain/quality-calendar';
import { buildReport } from '../../../../src/domain/report/build-report';
import { ReportModelSchema } from '../../../../src/domain/report/report-model';
import { renderDocx } from '../../../../src/exports/docx/render-docx';
import { renderJson } from '../../../../src/exports/json/render-json';
import { docxParts, paragraphsOf, part } from '../../exports/docx-parts';
import type { ReportModel } from '../../../../src/domain/report/report-model';
import { teamFixture } from './fixture-cycle';
import { sectionOf } from './model-helpers';

/** A four-year plan from 2024-2025 with R1 and BL2 in focus in 2025-2026, the fixture cycle's year. */
function planned() {
  const plan = createQualityCalendar('2024-2025', 4, new Date('2024-06-01T10:00:00.000Z'));
  const withBoth = withFocus(withFocus(plan, '2025-2026', 'BL2', true), '2025-2026', 'R1', true);
  return { ...withBoth, years: withBoth.years.map((y, i) => (i === 3 ? { ...y, note: 'Audit' } : y)) };
}

/** The text of every paragraph of the model's Word file, table cells included. */
async function wordParagraphs(model: ReportModel): Promise<string[]> {
  const xml = part(await docxParts(await renderDocx(model)), 'word/document.xml');
  return paragraphsOf(xml).map((paragraph) => paragraph.text);
}

describe('section 2: the kwaliteitskalender', () => {
  it('shows every planned year with its focus and note, and which year this cycle is', () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport({ ...input, qualityCalendar: planned() }, vocabulary);
    expect(ReportModelSchema.safeParse(model).success).toBe(true);
    expect(sectionOf(model, 'qualityDevelopment').qualityCalendar).toEqual({
      schoolYear: '2025-2026',
      position: { number: 2, total: 4 },
      years: [
        { schoolYear: '2024-2025', focus: [], note: '', thisCycle: false },
        { schoolYear: '2025-2026', focus: ['R1', 'BL2'], note: '', thisCycle: true },
        { schoolYear: '2026-2027', focus: [], note: '', thisCycle: false },
        { schoolYear: '2027-2028', focus: [], note: 'Audit', thisCycle: false },
      ],
    });
  });

  it('is absent without a plan, so no empty heading is printed', async () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport(input, vocabulary);
    expect(sectionOf(model, 'qualityDevelopment')).not.toHaveProperty('qualityCalendar');
    const paragraphs = await wordParagraphs(model);
    expect(paragraphs).not.toContain('Kwaliteitskalender');
  });

  it('says so in Word and JSON, also when the plan does not cover this cycle’s year', async () => {
    const { input, vocabulary } = teamFixture();
    const plan = createQualityCalendar('2027-2028', 3);
    const outside = buildReport({ ...input, qualityCalendar: plan }, vocabulary);
    expect(sectionOf(outside, 'qualityDevelopment').qualityCalendar?.position).toBeUndefined();
    const inside = buildReport({ ...input, qualityCalendar: planned() }, vocabulary);
    const paragraphs = await wordParagraphs(inside);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'Kwaliteitskalender',
        'Deze zelfevaluatie (2025-2026) is jaar 2 van 4 in de kwaliteitskalender van het centrum.',
        '2025-2026 (deze zelfevaluatie)',
        'R1, BL2',
      ]),
    );
    const json = JSON.parse(renderJson(inside, 'https://lsc.example/')) as { formatVersion: number };
    expect(json.formatVersion).toBe(REPORT_FORMAT_VERSION);
  });
});
