import type { IStylesOptions } from 'docx';

/** Twips (twentieths of a point) per centimetre, the unit Word measures pages in. */
const TWIPS_PER_CM = 1440 / 2.54;

/** An A4 page, portrait, in twips. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: Math.round(2.5 * TWIPS_PER_CM),
  headerFooterDistance: Math.round(1.25 * TWIPS_PER_CM),
} as const;

/** The width text and tables may take between the margins, in twips. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** The same width in the pixels (96 to the inch) that docx sizes images in. */
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

/** The language Word's spelling and grammar checker uses for every run: Dutch as written in Belgium. */
export const DOCUMENT_LANGUAGE = 'nl-BE';

/** Colours of the report, the app's own teal and greys, as hex without `#`. */
export const COLOURS = {
  heading: '1F4E5F',
  subheading: '2A6478',
  muted: '55616A',
  border: 'A6B4B8',
  headerFill: 'E3ECEE',
  labelFill: 'F1F5F6',
} as const;

/** Paragraph style ids of our own, beside Word's built-in Title, Heading 1–4 and Caption. */
export const STYLE = {
  subtitle: 'Subtitle',
  quote: 'Quote',
  tableText: 'TableText',
  colophon: 'Colophon',
  headerFooter: 'HeaderFooter',
  coverCentre: 'CoverCentre',
  tocHeading: 'TOCHeading',
} as const;

const FONT = 'Calibri';

/** The room above the cover's first line (the centre's name, or the logo above it), in twips: about 4 cm. */
export const COVER_TOP_TWIPS = 2400;

/** A heading style: bold, kept with what follows, at its level of the document's outline. */
function headingStyle(size: number, color: string, before: number, outlineLevel: number) {
  return {
    run: { font: FONT, size, bold: true, color },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  };
}

/**
 * The document's styles: Dutch (Belgium) as every run's language, Calibri 11 pt, and Word's built-in heading
 * styles (so its navigation pane shows the outline).
 * Made on each call, so that importing this module creates nothing.
 */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: DOCUMENT_LANGUAGE } },
        paragraph: { spacing: { after: 120, line: 264, lineRule: 'auto' } },
      },
      title: {
        run: { font: FONT, size: 52, bold: true, color: COLOURS.heading },
        paragraph: { spacing: { before: 240, after: 240 } },
      },
      heading1: headingStyle(34, COLOURS.heading, 0, 0),
      heading2: headingStyle(28, COLOURS.heading, 360, 1),
      heading3: headingStyle(24, COLOURS.subheading, 280, 2),
      heading4: headingStyle(22, COLOURS.subheading, 240, 3),
      caption: {
        run: { font: FONT, size: 18, italics: true, color: COLOURS.muted },
        paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
      },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 30, color: COLOURS.muted },
        paragraph: { spacing: { after: 480 } },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: COLOURS.muted },
        paragraph: { indent: { left: 284 } },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: 20 },
        paragraph: { spacing: { after: 40, line: 240, lineRule: 'auto' } },
      },
      {
        id: STYLE.colophon,
        name: 'Colophon',
        basedOn: 'Normal',
        run: { size: 18, color: COLOURS.muted },
        paragraph: {
          spacing: { before: 480 },
          border: { top: { style: 'single', size: 4, color: COLOURS.border, space: 6 } },
        },
      },
      {
        id: STYLE.coverCentre,
        name: 'Cover Centre',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 36, bold: true, color: COLOURS.subheading },
        paragraph: { spacing: { before: COVER_TOP_TWIPS, after: 360 } },
      },
      {
        // Word's own name for it, so Word treats it as the contents' heading and keeps it out of the contents.
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: FONT, size: 34, bold: true, color: COLOURS.heading },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: STYLE.headerFooter,
        name: 'Header Footer',
        basedOn: 'Normal',
        run: { size: 18, color: COLOURS.muted },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}
