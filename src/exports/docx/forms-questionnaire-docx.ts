import { Document, Packer, type Paragraph } from 'docx';
import type { FormsQuestion, FormsQuestionnaire } from '../forms/forms-questionnaire';
import { exportLabels as labels } from '../labels';
import { PAGE, documentStyles } from './docx-layout';
import { heading, paragraph, paragraphOf, run } from './docx-text';

/**
 * A question as Microsoft Forms' Quick import reads a Word file: the question as one numbered paragraph, each
 * answer as a paragraph of its own right under it, nothing between them; a blank paragraph ends the question.
 */
function question(item: FormsQuestion): Paragraph[] {
  return [
    paragraphOf([run(`${item.number}. ${item.text}`)], { keepNext: true, spacing: { after: 0 } }),
    ...item.options.map((option) => paragraphOf([run(option)], { keepNext: true, spacing: { after: 0 } })),
    paragraph(''),
  ];
}

/**
 * The questionnaire as a Word file to rebuild the bevraging in Microsoft Forms (Quick import, or by copying):
 * title, the mark that the text is ours, the introduction, then the numbered statements with the scale's
 * exact words as answers and the open questions. A4, Dutch (Belgium), the report's styles.
 */
export async function renderFormsQuestionnaireDocx(questionnaire: FormsQuestionnaire): Promise<Blob> {
  const document = new Document({
    title: questionnaire.title,
    creator: labels.creator,
    lastModifiedBy: labels.creator,
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: 'portrait' },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children: [
          heading(1, questionnaire.title),
          paragraph(questionnaire.mark, {}, { italics: true }),
          paragraph(questionnaire.introduction),
          paragraph(questionnaire.chooseOne),
          ...questionnaire.statements.flatMap(question),
          heading(2, questionnaire.openHeading),
          ...questionnaire.openQuestions.flatMap(question),
        ],
      },
    ],
  });
  return Packer.toBlob(document);
}
