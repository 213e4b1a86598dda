import {
  AlignmentType,
  Document,
  Header,
  ImageRun,
  Packer,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
  type IRunOptions,
} from 'docx';
import type { Pictogram } from '../../domain/survey/answer-scale';
import type { PaperBox, PaperForm } from '../../domain/survey/paper-form';
import { exportLabels } from '../labels';
import { paperLabels as labels } from '../paper-labels';
import { COLOURS, STYLE, TEXT_WIDTH, documentStyles } from './docx-layout';
import { A4_PAGE, pageNumberFooter } from './docx-page';
import { dataTable } from './docx-table';
import { heading, oneLine, paragraph, paragraphOf, run } from './docx-text';

/** An empty box to tick: a ballot box, which every office suite's fallback fonts draw. */
const BOX = '\u2610';

/** Font sizes in half-points: the document's 11 pt, and 14 pt for pupils who read the form themselves. */
const SIZE = { normal: 22, large: 28 } as const;

/**
 * The part of the page's width each column takes: wide enough that "10." and the answers' words ("eerder",
 * "toepassing") do not break inside a word on an A4 page.
 */
const SHARES = { number: 7, statement: 33, point: 11, dontKnow: 16 } as const;

/** "Vragenlijst voor ouders · Code K7M2QX (laat deze code staan)", at the top of every page. */
function codeHeader(form: PaperForm): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        alignment: AlignmentType.END,
        children: [
          run(`${oneLine(form.title)} · ${labels.code} `),
          run(form.code, { bold: true, color: COLOURS.heading }),
          run(` (${labels.codeNote})`),
        ],
      }),
    ],
  });
}

/** A box column's header: the answer's words, then its digit (what the entry grid types for it). */
function boxHeader(box: PaperBox): string {
  return `${box.label} (${box.digit})`;
}

/** The pictograms as PNG pictures, drawn by the caller (a browser), for an easy-read form. */
export type PictogramPictures = Record<Pictogram, Uint8Array>;

/** How large a face is printed in a statement's row, in pixels (96 to the inch): about a centimetre. */
const FACE_PX = 38;

/**
 * What is ticked in a statement's row for one answer: for young readers its face, which they colour (the form
 * says so); otherwise an empty box.
 */
function boxCell(box: PaperBox, size: number, pictures: PictogramPictures | undefined): Paragraph[] {
  const picture = box.pictogram && pictures?.[box.pictogram];
  const child = picture
    ? new ImageRun({
        type: 'png',
        data: picture,
        transformation: { width: FACE_PX, height: FACE_PX },
        altText: { name: box.label, title: box.label, description: box.label },
      })
    : run(BOX, { size: size + 8 });
  return [new Paragraph({ style: STYLE.tableText, alignment: AlignmentType.CENTER, children: [child] })];
}

/**
 * A line to write on: a tab to the right margin drawn as an underscore leader. (Empty paragraphs with a bottom
 * border would merge into one box with a single line under it.)
 */
function writingLine(): Paragraph {
  return new Paragraph({
    spacing: { before: 360, after: 0 },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: 'underscore' }],
    children: [new TextRun({ children: [new Tab()] })],
  });
}

function body(form: PaperForm, pictures: PictogramPictures | undefined): FileChild[] {
  const size = form.largeType ? SIZE.large : SIZE.normal;
  const text: Pick<IRunOptions, 'size'> = { size };
  const boxes = [...form.scale, form.dontKnow];
  return [
    heading(1, form.title),
    paragraph(labels.ours, {}, { italics: true, color: COLOURS.muted }),
    paragraph(form.introduction, {}, text),
    paragraph(form.easyRead ? labels.tickEasy : labels.tick, {}, { ...text, bold: true }),
    ...dataTable(
      [
        { header: labels.numberColumn, share: SHARES.number },
        { header: labels.statementColumn, share: SHARES.statement },
        ...form.scale.map((box) => ({ header: boxHeader(box), share: SHARES.point })),
        { header: boxHeader(form.dontKnow), share: SHARES.dontKnow },
      ],
      form.statements.map((statement) => [
        {
          paragraphs: [
            paragraphOf([run(`${statement.number}.`, { ...text, bold: true })], { style: STYLE.tableText }),
          ],
          text: `${statement.number}.`,
        },
        {
          paragraphs: [paragraph(statement.statement, { style: STYLE.tableText }, text)],
          text: statement.statement,
        },
        // A box is a picture, no wider than a word; a statement's row is short, so it is kept whole on a page.
        ...boxes.map((box) => ({ paragraphs: boxCell(box, size, pictures), text: '' })),
      ]),
    ),
    heading(2, labels.openTitle),
    paragraph(labels.openIntro, {}, text),
    ...form.openQuestions.flatMap((question) => [
      paragraph(question.question, { keepNext: true, spacing: { before: 240 } }, { ...text, bold: true }),
      ...Array.from({ length: 4 }, writingLine),
    ]),
    paragraph(labels.thanks, { spacing: { before: 480 } }, text),
  ];
}

/**
 * A bevraging's paper form as a Word document (.docx), to print or adapt: A4, the bevraging's code in the
 * header of every page, a table of numbered statements with a box per answer (its digit in the header), and
 * lines for the open answers; in easy-read a face to colour instead of each box, when the caller drew them. No
 * field for a name. Every text goes in as text, never as markup.
 */
export async function renderPaperDocx(form: PaperForm, pictures?: PictogramPictures): Promise<Blob> {
  const document = new Document({
    title: `${oneLine(form.title)} ${form.code}`,
    creator: exportLabels.creator,
    lastModifiedBy: exportLabels.creator,
    styles: documentStyles(),
    sections: [
      {
        properties: { page: A4_PAGE },
        headers: { default: codeHeader(form) },
        footers: { default: pageNumberFooter(exportLabels.page) },
        children: body(form, form.easyRead ? pictures : undefined),
      },
    ],
  });
  return Packer.toBlob(document);
}
