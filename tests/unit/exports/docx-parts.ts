import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx (a zip), by path, as text. */
export async function docxParts(blob: Blob): Promise<Map<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return new Map(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** The names of the parts of a .docx, e.g. `word/media/image1.png`. */
export async function docxPartNames(blob: Blob): Promise<string[]> {
  return Object.keys(unzipSync(new Uint8Array(await blob.arrayBuffer())));
}

/** One part; fails the test when the document lacks it. */
export function part(parts: Map<string, string>, path: string): string {
  const found = parts.get(path);
  if (found === undefined) throw new Error(`the document has no part ${path}`);
  return found;
}

/** XML text with its five predefined entities and character references resolved. */
export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, name: string) => {
    switch (name) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10),
        );
    }
  });
}

/** A paragraph of document.xml: its style id (when it has one) and its text, line breaks as `\n`. */
export interface DocxParagraph {
  style: string | undefined;
  text: string;
}

/** The paragraphs of a WordprocessingML part, in order, tables' cells included. */
export function paragraphsOf(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map(([, inner = '']) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1],
    text: [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map(([whole, text]) => (whole === '<w:br/>' ? '\n' : unescapeXml(text ?? '')))
      .join(''),
  }));
}

/** The headings of the document (Heading1 … Heading4) as `[level, text]`, in order. */
export function headingsOf(xml: string): [number, string][] {
  return paragraphsOf(xml).flatMap((paragraph) => {
    const level = /^Heading(\d)$/.exec(paragraph.style ?? '')?.[1];
    return level === undefined ? [] : [[Number(level), paragraph.text] as [number, string]];
  });
}

/**
 * The problems that make a text not well-formed XML, found the simple way (Node has no DOMParser): tags that
 * do not nest, text or attribute values with a raw `<` or a bare `&`, and characters XML 1.0 forbids.
 */
export function wellFormednessProblems(xml: string): string[] {
  const problems: string[] = [];
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) {
    problems.push('a character XML 1.0 forbids');
  }
  const bareAmpersand = /&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const open: string[] = [];
  const token =
    /<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g;
  let position = 0;
  for (const match of xml.matchAll(token)) {
    const between = xml.slice(position, match.index);
    if (between.includes('<'))
      problems.push(`a raw "<" or a broken tag near ${JSON.stringify(between.slice(0, 60))}`);
    if (bareAmpersand.test(between)) problems.push(`a bare "&" in ${JSON.stringify(between.slice(0, 60))}`);
    const [, closing, name, attributes = '', selfClosing] = match;
    if (bareAmpersand.test(attributes)) problems.push(`a bare "&" in the attributes of <${name}>`);
    if (name !== undefined) {
      if (closing) {
        const expected = open.pop();
        if (expected !== name) problems.push(`</${name}> closes <${expected ?? 'nothing'}>`);
      } else if (!selfClosing) {
        open.push(name);
      }
    }
    position = (match.index ?? 0) + match[0].length;
  }
  const tail = xml.slice(position);
  if (tail.includes('<'))
    problems.push(`a raw "<" or a broken tag near ${JSON.stringify(tail.slice(0, 60))}`);
  if (open.length > 0) problems.push(`unclosed <${open.join('>, <')}>`);
  return problems;
}
