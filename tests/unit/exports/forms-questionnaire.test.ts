import { describe, expect, it } from 'vitest';
import { renderFormsQuestionnaireDocx } from '../../../src/exports/docx/forms-questionnaire-docx';
import { formsQuestionnaire, formsQuestionnaireText } from '../../../src/exports/forms/forms-questionnaire';
import { HOSTILE_STRINGS } from '../../shared/hostile-strings';
import { AGREE_SCALE } from '../domain/survey/survey-factories';
import { docxParts, paragraphsOf, part, wellFormednessProblems } from './docx-parts';

const questionnaire = formsQuestionnaire({
  title: 'Vragenlijst voor leraren',
  introduction: 'Een korte inleiding.\nOp twee regels.',
  statements: [
    { statement: 'De leerondersteuner denkt mee over mijn klas.' },
    { statement: `Eigen stelling ${HOSTILE_STRINGS.scriptTag} ${HOSTILE_STRINGS.controlCharacters}` },
  ],
  openQuestions: [{ id: 'leraar-open', question: 'Wat wil je nog kwijt?' }],
  scale: AGREE_SCALE,
});

describe('the questionnaire for Microsoft Forms and Google Forms', () => {
  it('numbers each statement as asked, with the scale’s exact words and "weet ik niet" under it, then the open questions', () => {
    const text = formsQuestionnaireText(questionnaire);
    expect(text).toContain(
      [
        '1. De leerondersteuner denkt mee over mijn klas.',
        'helemaal niet akkoord',
        'eerder niet akkoord',
        'eerder akkoord',
        'helemaal akkoord',
        'weet ik niet / niet van toepassing',
      ].join('\n'),
    );
    expect(text).toContain('\n\n3. Wat wil je nog kwijt?\n');
    expect(text).toContain('Eigen vragenlijst van Leersteunspiegel — geen tekst uit het referentiekader');
  });

  it('writes the same as a well-formed Word file, hostile text kept as text', async () => {
    const parts = await docxParts(await renderFormsQuestionnaireDocx(questionnaire));
    const xml = part(parts, 'word/document.xml');
    expect(wellFormednessProblems(xml)).toEqual([]);
    const paragraphs = paragraphsOf(xml).map((paragraph) => paragraph.text);
    const second = paragraphs.findIndex((text) => text.startsWith('2. Eigen stelling'));
    expect(paragraphs[second]).toContain(HOSTILE_STRINGS.scriptTag);
    expect(paragraphs.slice(second + 1, second + 6)).toEqual([
      'helemaal niet akkoord',
      'eerder niet akkoord',
      'eerder akkoord',
      'helemaal akkoord',
      'weet ik niet / niet van toepassing',
    ]);
    expect(xml).not.toContain('<script>');
  });
});
