/**
 * Characters XML 1.0 does not allow anywhere in a document, not even escaped: the C0 control characters other
 * than tab, line feed and carriage return, the non-characters U+FFFE and U+FFFF, and halves of a surrogate
 * pair that have lost their other half. One of them in a part of a .docx makes Word refuse the whole file.
 */
const FORBIDDEN_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text someone typed or imported, made safe to write into an XML document: the characters XML forbids are
 * dropped and everything else (emoji, right-to-left script, markup-like text such as `<script>`) is kept as
 * it is, for the XML writer to escape.
 */
export function xmlSafeText(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '');
}

/** The lines of a text as a person wrote them, whatever line ends their device used. */
export function linesOf(text: string): string[] {
  return xmlSafeText(text).split(/\r\n|\r|\n/);
}
