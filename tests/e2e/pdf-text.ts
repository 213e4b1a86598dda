import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF, page after page, and how many pages it has: what a reader of the printed report sees.
 * `pageTexts` holds each page's own text, to tell on which page something stands.
 */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number; pageTexts: string[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { text: texts.join('\n'), pages: document.numPages, pageTexts: texts };
}
