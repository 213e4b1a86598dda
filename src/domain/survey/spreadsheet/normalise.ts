/**
 * Text as the import compares it: lower case, accents taken off (één → een), punctuation and quotes turned
 * into spaces, runs of white space made one. "Weet ik niet " and "weet  ik NIET" compare equal.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a normalised text. */
function wordsOf(text: string): string[] {
  return normalise(text).split(' ').filter(Boolean);
}

/**
 * How alike two texts are, from 0 to 1: the Dice coefficient over their words (twice the shared words over all
 * words). A header Forms shortened, or a statement with one word changed, still scores high; another statement
 * scores low.
 */
export function similarity(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const word of right) pool.set(word, (pool.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of left) {
    const available = pool.get(word) ?? 0;
    if (available > 0) {
      shared++;
      pool.set(word, available - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
