import { once } from './once';

// The browser's Dutch collator, for what the order below does not settle. Made on first use: the first
// collator of a page costs 12–30 ms on this machine (the browser loads its collation rules), in the task that
// needs it, which on a cycle's views was the one that sorts its people to show them.
const dutch = once(() => new Intl.Collator('nl-BE'));

/**
 * The characters of Latin text in the order of the Unicode collation's default table, which Dutch uses as it
 * is (CLDR has no Dutch rules of its own): space first, then punctuation and symbols, digits, letters.
 * `tests/unit/domain/dutch-order.test.ts` checks this against the browser's collator.
 */
const PRIMARY_ORDER = ` _-–—,;:!¡?¿.…·'"«»()[]{}§@*/\\&#%•\`^°©®+±÷×<=>|~$£€0123456789abcdefghijklmnopqrstuvwxyz`;

/** Characters in the place of another, from which they differ only in form (case is added below). */
const SAME_PLACE: Readonly<Record<string, string>> = {
  '\u00a0': ' ',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '“': '"',
  '”': '"',
  '„': '"',
};

/** Each known character's place in the first comparison, as one character, so a text's places compare as a string. */
const primaryWeights = once(() => {
  const weights = new Map<string, string>();
  [...PRIMARY_ORDER].forEach((char, place) => {
    const weight = String.fromCharCode(0x100 + place);
    weights.set(char, weight);
    weights.set(char.toUpperCase(), weight);
  });
  for (const [char, sameAs] of Object.entries(SAME_PLACE)) weights.set(char, weights.get(sameAs) ?? '');
  return weights;
});

/**
 * Accents as Unicode writes them apart from their letter (é as e and ´): the first comparison ignores them. The
 * combining letters after them (U+0363–U+036F, a small e written above a letter) count as letters there.
 */
const COMBINING_MARK = /[\u0300-\u0362]/;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** The text's places in the first comparison, or undefined when it holds a character the table does not know. */
function primaryKey(text: string): string | undefined {
  const weights = primaryWeights();
  let key = '';
  for (const char of PLAIN_ASCII.test(text) ? text : text.normalize('NFD')) {
    const weight = weights.get(char);
    if (weight !== undefined) key += weight;
    else if (!COMBINING_MARK.test(char)) return undefined;
  }
  return key;
}

/**
 * Two texts in the order a Dutch reader expects, the order of `localeCompare(b, 'nl-BE')`. Most pairs of
 * names and titles differ in their letters, digits or punctuation, which the table above orders without the
 * browser's collator; texts that differ only in accents or case, or hold other characters (ß, ø, another
 * script), go to the collator.
 */
export function compareDutch(a: string, b: string): number {
  if (a === b) return 0;
  const keyA = primaryKey(a);
  const keyB = primaryKey(b);
  if (keyA !== undefined && keyB !== undefined && keyA !== keyB) return keyA < keyB ? -1 : 1;
  return dutch().compare(a, b);
}
