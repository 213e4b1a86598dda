import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  draftKey,
  readDraft,
  removeAllDrafts,
  removeDraft,
  writeDraft,
} from '../../../src/ui/drafts/draft-store';

/** The browser's localStorage, as far as drafts use it. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

const EMPTY = { title: '', voices: [] as string[] };
const KEY = draftKey('bron', 'cycle-1');

describe('drafts of typed text', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('keeps a draft per form and record until it is removed', () => {
    expect(KEY).toBe('bron:cycle-1');
    expect(draftKey('actie', 'cycle-1', 'a-1')).toBe('actie:cycle-1:a-1');
    expect(writeDraft(KEY, { title: 'Verslag', voices: ['ouders'] })).toBe(true);
    expect(readDraft(KEY, EMPTY)).toEqual({ title: 'Verslag', voices: ['ouders'] });
    expect(readDraft(draftKey('bron', 'cycle-2'), EMPTY)).toBeUndefined();
    removeDraft(KEY);
    expect(readDraft(KEY, EMPTY)).toBeUndefined();
  });

  it('drops a draft whose shape no longer fits the form', () => {
    writeDraft(KEY, { title: 3, voices: [] });
    expect(readDraft(KEY, EMPTY)).toBeUndefined();
    writeDraft(KEY, ['Verslag']);
    expect(readDraft(KEY, EMPTY)).toBeUndefined();
  });

  it('still reads a progress note kept as plain text before drafts were JSON', () => {
    localStorage.setItem('leersteunspiegel:concept:voortgang:a-1', 'Overleg gehad');
    expect(readDraft(draftKey('voortgang', 'a-1'), '')).toBe('Overleg gehad');
  });

  it('says so when the browser refuses to keep a draft', () => {
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    vi.stubGlobal('localStorage', full);
    expect(writeDraft(KEY, EMPTY)).toBe(false);
  });

  it('removes every draft, and nothing else, when all data is deleted', () => {
    writeDraft(KEY, EMPTY);
    writeDraft(draftKey('profiel'), { name: 'LSC' });
    localStorage.setItem('other', 'kept');
    removeAllDrafts();
    expect(readDraft(KEY, EMPTY)).toBeUndefined();
    expect(localStorage.getItem('other')).toBe('kept');
  });
});
