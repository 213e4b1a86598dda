import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  LeaderType,
  Packer,
  Paragraph,
  TableOfContents,
  type FileChild,
} from 'docx';
import type { ReportModel } from '../../domain/report/report-model';
import { formatCalendarDate } from '../calendar-date';
import { exportLabels as labels } from '../labels';
import { xmlSafeText } from '../xml-safe-text';
import { COVER_TOP_TWIPS, STYLE, documentStyles } from './docx-layout';
import { A4_PAGE, pageNumberFooter } from './docx-page';
import { heading, oneLine, paragraph, run } from './docx-text';
import { sectionBlocks, type RadarImage } from './report-sections';

/** Pictures drawn outside the model (in the browser) that the document embeds. */
export interface DocxImages {
  /** The webdiagram of the summary, as a PNG. */
  radar?: RadarImage;
  /** The centre's logo for the cover, as the profile keeps it. */
  logo?: { bytes: Uint8Array; type: 'image/png' | 'image/jpeg'; width: number; height: number };
}

/** The most room the cover's logo takes, in pixels at 96 to the inch: about 8 cm wide and 4 cm high. */
const LOGO_MAX_WIDTH_PX = 302;
const LOGO_MAX_HEIGHT_PX = 151;

/** The logo above the centre's name, scaled down to fit its room with its proportions kept. */
function coverLogo(model: ReportModel, logo: DocxImages['logo']): FileChild[] {
  if (!logo || model.logo === undefined || logo.bytes.length === 0) return [];
  const scale = Math.min(1, LOGO_MAX_WIDTH_PX / logo.width, LOGO_MAX_HEIGHT_PX / logo.height);
  const alt = xmlSafeText(oneLine(labels.logoAlt(model.centre ?? '')));
  return [
    new Paragraph({
      keepNext: true,
      // Where the centre's name starts without a logo (its style's space before), the name right under it.
      spacing: { before: COVER_TOP_TWIPS, after: 240 },
      children: [
        new ImageRun({
          type: logo.type === 'image/png' ? 'png' : 'jpg',
          data: logo.bytes,
          transformation: {
            width: Math.max(1, Math.round(logo.width * scale)),
            height: Math.max(1, Math.round(logo.height * scale)),
          },
          altText: { name: alt, title: alt, description: alt },
        }),
      ],
    }),
  ];
}

/** Whose report it is on every page but the cover, to the right above the text: the centre, else the title. */
function pageHeader(model: ReportModel): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        alignment: AlignmentType.END,
        children: [run(oneLine(model.centre ?? model.title))],
      }),
    ],
  });
}

/** The cover: the centre's name, the title, whose and which school year, and the day the report was made. */
function cover(model: ReportModel, logo: DocxImages['logo']): FileChild[] {
  return [
    ...coverLogo(model, logo),
    ...(model.centre === undefined
      ? []
      : [
          paragraph(oneLine(model.centre), {
            style: STYLE.coverCentre,
            ...(model.logo && logo ? { spacing: { before: 0, after: 360 } } : {}),
          }),
        ]),
    paragraph(oneLine(model.title), { style: 'Title' }),
    paragraph(model.subtitle, { style: STYLE.subtitle }),
    paragraph(labels.reportDate(formatCalendarDate(model.generatedAt.slice(0, 10))), {
      style: STYLE.subtitle,
    }),
  ];
}

/**
 * The contents on a page of their own: a real table-of-contents field over the sections and their parts
 * (Heading 1 and 2), its entries written in from the headings, so LibreOffice and Word show them as they are;
 * Word adds the page numbers when it updates the field as it opens the file (see renderDocx).
 */
function contents(): FileChild[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, children: [run(labels.contents)] }),
    // No dot leader: until Word fills in the page numbers, dots would lead to nothing (as LibreOffice shows it).
    new TableOfContents(labels.contents, {
      hyperlink: true,
      headingStyleRange: '1-2',
      tabLeader: LeaderType.NONE,
    }),
  ];
}

/** Cover, contents, then each section under a numbered Heading 1 with its intro, then the colophon. */
function body(model: ReportModel, images: DocxImages): FileChild[] {
  return [
    ...cover(model, images.logo),
    ...contents(),
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
 * styles so the navigation pane shows the outline, a cover and a table of contents, tables for facts and plans,
 * and the webdiagram as an image when the caller drew one. Every text of the model goes in as text, never as
 * markup.
 */
export async function renderDocx(model: ReportModel, images: DocxImages = {}): Promise<Blob> {
  const title = oneLine(model.title);
  const document = new Document({
    title,
    description: oneLine(model.subtitle),
    creator: labels.creator,
    lastModifiedBy: labels.creator,
    styles: documentStyles(),
    // Word fills in the contents' page numbers when it opens the file (after asking). docx can lay the pages out
    // itself to write them in (`pageNumbers: estimatePageNumbers` from docx/layout), but that took seconds for a
    // small report and minutes for a large one, and half a megabyte more to download.
    features: { updateFields: true },
    sections: [
      {
        properties: {
          titlePage: true,
          page: A4_PAGE,
        },
        headers: { default: pageHeader(model), first: new Header({ children: [new Paragraph({})] }) },
        footers: {
          default: pageNumberFooter(labels.page),
          first: new Footer({ children: [new Paragraph({})] }),
        },
        children: body(model, images),
      },
    ],
  });
  return Packer.toBlob(document);
}
