/**
 * Normalises text the way the quotation rule allows: a line break after a hyphen is joined (PDF line wrapping
 * keeps compound hyphens such as "GC-verslag"), and runs of white space become one space. Nothing else changes.
 */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/-[ \t]*\r?\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The source text in both readings of a line-end hyphen: kept (compounds) and dropped (split words). */
function sourceReadings(source: string): string[] {
  const kept = normaliseWhitespace(source);
  const dropped = source
    .replace(/([a-zà-ÿ])-[ \t]*\r?\n\s*([a-zà-ÿ])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  return [kept, dropped];
}

/** Whether the quotation occurs word for word in the source, with only hyphenation and white space normalised. */
export function occursVerbatim(quotation: string, source: string): boolean {
  const quote = normaliseWhitespace(quotation);
  return sourceReadings(source).some((reading) => reading.includes(quote));
}
