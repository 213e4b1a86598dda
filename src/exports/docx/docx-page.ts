import { AlignmentType, Footer, PageNumber, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import { PAGE, STYLE } from './docx-layout';

/** An A4 page, portrait, with the document's margins and the distance of its header and footer. */
export const A4_PAGE: NonNullable<ISectionPropertiesOptions['page']> = {
  size: { width: PAGE.width, height: PAGE.height, orientation: 'portrait' },
  margin: {
    top: PAGE.margin,
    bottom: PAGE.margin,
    left: PAGE.margin,
    right: PAGE.margin,
    header: PAGE.headerFooterDistance,
    footer: PAGE.headerFooterDistance,
  },
};

/** "Pagina 3 van 12", centred below the text, with the words around the numbers given. */
export function pageNumberFooter(words: { before: string; between: string }): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [words.before, PageNumber.CURRENT, words.between, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}
