import { runningHeadRule } from './running-head';
import { standaloneHtml } from '../../exports/html-text';

/** Controls and embedded content that mean nothing in a saved document, or would run or load something. */
const DROPPED =
  'script, noscript, button, input, select, textarea, form, iframe, object, embed, template, link';

/**
 * The page's own style rules as text: the same screen and print rules the report page uses, so the saved
 * document prints as the page does. A rule that loads a file (a font, an import) is left out: the document
 * makes no request.
 */
function pageStyles(): string {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let sheetRules: CSSRuleList;
    try {
      sheetRules = sheet.cssRules;
    } catch {
      continue; // a style sheet from elsewhere, which the site does not have; nothing to copy
    }
    for (const rule of Array.from(sheetRules)) {
      if (/url\((?!\s*["']?data:)/i.test(rule.cssText) || rule instanceof CSSImportRule) continue;
      rules.push(rule.cssText);
    }
  }
  return rules.join('\n');
}

/** A picture's bytes as a `data:` address, which a document without requests can still show. */
function dataUrl(png: Uint8Array, type = 'image/png'): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The picture could not be read'));
    reader.readAsDataURL(new Blob([png as Uint8Array<ArrayBuffer>], { type }));
  });
}

/**
 * The report as it stands on the page, as one self-contained HTML document: its markup, the page's styles, the
 * webdiagram as a picture instead of a drawing canvas, and the closed parts (details) opened, since a saved
 * document has no script to open them. Nothing in it runs or loads anything.
 */
export async function reportAsHtml(
  article: Element,
  title: string,
  radar: { png: Uint8Array; width: number; height: number } | undefined,
  runningHead: string = title,
  logo?: { bytes: Uint8Array; type: string },
): Promise<string> {
  const copy = article.cloneNode(true) as Element;
  // The cover's logo is shown from an object URL, which means nothing outside the page: its bytes go in instead.
  const logoUrl = logo && (await dataUrl(logo.bytes, logo.type));
  for (const image of Array.from(copy.querySelectorAll('img[data-logo]'))) {
    if (logoUrl) image.setAttribute('src', logoUrl);
    else image.remove();
  }
  const picture = radar && (await dataUrl(radar.png));
  for (const canvas of Array.from(copy.querySelectorAll('canvas'))) {
    if (!picture || !radar) {
      canvas.remove();
      continue;
    }
    const image = document.createElement('img');
    image.src = picture;
    image.alt = canvas.getAttribute('aria-label') ?? '';
    image.width = radar.width;
    image.height = radar.height;
    image.style.maxWidth = '100%';
    image.style.height = 'auto';
    canvas.replaceWith(image);
  }
  for (const element of Array.from(copy.querySelectorAll(DROPPED))) element.remove();
  for (const details of Array.from(copy.querySelectorAll('details'))) details.setAttribute('open', '');
  return standaloneHtml({
    title,
    // The centre's name above every printed page, as the report page sets it (running-head.ts).
    styles: `${pageStyles()}\n${runningHeadRule(runningHead)}\n@media screen { body { max-width: 56rem; margin: 1rem auto; padding: 0 0.5rem; } }`,
    body: copy.outerHTML,
  });
}
