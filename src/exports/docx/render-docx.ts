import { AlignmentType, Document, Footer, Header, Packer, Paragraph, type FileChild } from 'docx';
import type { ReportModel } from '../../domain/report/report-model';
import { exportLabels as labels } from '../labels';
import { STYLE, documentStyles } from './docx-layout';
import { A4_PAGE, pageNumberFooter } from './docx-page';
import { heading, oneLine, paragraph, run } from './docx-text';
import { sectionBlocks, type RadarImage } from './report-sections';

/** Pictures drawn outside the model (in the browser) that the document embeds. */
export interface DocxImages {
  /** The webdiagram of the summary, as a PNG. */
  radar?: RadarImage;
}

/** The report's title on every page but the first, to the right above the text. */
function pageHeader(title: string): Header {
  return new Header({
    children: [
      new Paragraph({ style: STYLE.headerFooter, alignment: AlignmentType.END, children: [run(title)] }),
    ],
  });
}

/** Title page, then each section under a numbered Heading 1 with its intro, then the colophon. */
function body(model: ReportModel, images: DocxImages): FileChild[] {
  return [
    paragraph(oneLine(model.title), { style: 'Title' }),
    paragraph(model.subtitle, { style: STYLE.subtitle }),
    ...model.sections.flatMap((section) => [
      // Each section starts a page, as in the inspectorate's reports; the summary in front has no number.
      heading(1, `${section.number === undefined ? '' : `${section.number}. `}${section.title}`, {
        pageBreakBefore: true,
      }),
      ...(section.intro.trim() === '' ? [] : [paragraph(section.intro)]),
      ...sectionBlocks(section, { radar: images.radar }),
    ]),
    paragraph(model.colophon, { style: STYLE.colophon }),
  ];
}

/**
 * The report as a Word document (.docx): A4, Dutch (Belgium) as the proofing language, Word's own heading
 * styles so the navigation pane shows the outline, tables for facts and plans, and the webdiagram as an
 * image when the caller drew one. Every text of the model goes in as text, never as markup.
 */
export async function renderDocx(model: ReportModel, images: DocxImages = {}): Promise<Blob> {
  const title = oneLine(model.title);
  const document = new Document({
    title,
    description: oneLine(model.subtitle),
    creator: labels.creator,
    lastModifiedBy: labels.creator,
    styles: documentStyles(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: A4_PAGE,
        },
        headers: { default: pageHeader(title), first: new Header({ children: [] }) },
        footers: { default: pageNumberFooter(labels.page), first: new Footer({ children: [] }) },
        children: body(model, images),
      },
    ],
  });
  return Packer.toBlob(document);
}
