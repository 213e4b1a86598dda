import { describe, expect, it } from 'vitest';
import { paperForm } from '../../../src/domain/survey/paper-form';
import { renderPaperDocx } from '../../../src/exports/docx/render-paper-docx';
import { xmlSafeText } from '../../../src/exports/xml-safe-text';
import { HOSTILE_LIST } from '../../shared/hostile-strings';
import { aQuestionnaire, aSurvey } from '../domain/survey/survey-factories';
import { docxParts, paragraphsOf, part, wellFormednessProblems } from './docx-parts';

const questionnaire = aQuestionnaire('parents');

describe('the Word file of a paper form', () => {
  it('has the code on every page, each statement numbered with a box per answer, and no name field', async () => {
    const form = paperForm(aSurvey({ itemIds: ['parents-stelling-1', 'parents-stelling-2'] }), questionnaire);
    const parts = await docxParts(await renderPaperDocx(form));
    const header = [...parts].find(([path]) => /^word\/header\d*\.xml$/.test(path))?.[1] ?? '';
    expect(paragraphsOf(header).map((paragraph) => paragraph.text)).toEqual([
      `Vragenlijst parents · Code ${form.code} (laat deze code staan)`,
    ]);
    const document = part(parts, 'word/document.xml');
    const texts = paragraphsOf(document).map((paragraph) => paragraph.text);
    expect(texts).toEqual(expect.arrayContaining(['1.', 'Stelling 1.', '2.', 'Stelling 2.']));
    // Four points and "weet ik niet", each with its digit, as the entry grid types them.
    expect(texts).toEqual(
      expect.arrayContaining(['helemaal niet akkoord (1)', 'weet ik niet / niet van toepassing (0)']),
    );
    expect(document.match(/\u2610/g)).toHaveLength(2 * 5);
    expect(texts.join(' ')).not.toMatch(/naam/i);
    // Each row stays whole on its page, the header row included, so no statement is parted from its boxes.
    const rows = document.match(/<w:tr\b.*?<\/w:tr>/gs) ?? [];
    expect(rows).toHaveLength(1 + 2);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
  });

  it('keeps a hostile own statement or introduction as text, the document well-formed', async () => {
    for (const hostile of HOSTILE_LIST) {
      const survey = aSurvey({
        itemIds: [],
        introduction: hostile,
        ownStatements: [
          {
            id: '9a1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5',
            statement: hostile.trim() || 'leeg',
            informs: ['R1'],
          },
        ],
      });
      const document = part(
        await docxParts(await renderPaperDocx(paperForm(survey, questionnaire))),
        'word/document.xml',
      );
      expect(wellFormednessProblems(document)).toEqual([]);
      const texts = paragraphsOf(document).map((paragraph) => paragraph.text);
      expect(texts).toContain(xmlSafeText(hostile).replace(/\r\n?/g, '\n'));
    }
  });
});
