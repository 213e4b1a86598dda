/**
 * Text typed and not yet stored, kept per form and record in this browser's localStorage. localStorage, not
 * IndexedDB: it is written before the keystroke's handler returns, so a tab closed 50 ms after typing, a link
 * followed or a reload for a new version cannot lose it, while an IndexedDB write started on `pagehide` is
 * aborted with the page (issue 16: up to 12 characters lost). A draft is removed once saved or discarded.
 */
const PREFIX = 'leersteunspiegel:concept:';

/** Names one form's draft: the form, then what it belongs to (its cycle) and the record it edits. */
export function draftKey(form: string, ...owners: string[]): string {
  return [form, ...owners].join(':');
}

/**
 * Whether a stored draft still has the shape of the form's empty value — same type, and for an object the
 * same fields with the same types — so a draft left by an older version of the app is dropped, not misread.
 */
function hasShapeOf(stored: unknown, shape: unknown): boolean {
  if (Array.isArray(shape)) return Array.isArray(stored);
  if (shape === null || typeof shape !== 'object') return typeof stored === typeof shape;
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return false;
  return Object.entries(shape).every(
    ([field, value]) => value === undefined || hasShapeOf((stored as Record<string, unknown>)[field], value),
  );
}

/** The draft stored under the key, if it has the shape of `shape`. */
export function readDraft<T>(key: string, shape: T): T | undefined {
  let raw: string | null;
  try {
    raw = localStorage.getItem(PREFIX + key);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    // Progress notes were kept as plain text before drafts were JSON.
    stored = raw;
  }
  return hasShapeOf(stored, shape) ? (stored as T) : undefined;
}

/** Keeps a draft; false when the browser refused (storage full or locked down), so the text lives only on screen. */
export function writeDraft(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a draft, once saved or discarded. */
export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing stored when storage is locked down.
  }
}

/** Forgets every draft: "alles verwijderen" leaves nothing typed behind. */
export function removeAllDrafts(): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index));
    for (const key of keys) if (key?.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing stored when storage is locked down.
  }
}
