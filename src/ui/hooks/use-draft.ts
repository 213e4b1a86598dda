import { useState } from 'preact/hooks';
import { readDraft, removeDraft, writeDraft } from '../drafts/draft-store';
import { useUnsavedForm } from './use-unsaved-form';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a form saved by its button holds, kept as a draft (see draft-store) from the first keystroke until it is
 * saved or discarded: it comes back after a closed tab, a link followed, a reload or an app update.
 */
export function useDraft<T>(key: string, empty: T) {
  const [value, setValue] = useState<T>(() => readDraft(key, empty) ?? empty);
  const [kept, setKept] = useState(true);
  const changed = !same(value, empty);
  useUnsavedForm(changed && !kept);

  const set = (next: T): void => {
    setValue(next);
    if (same(next, empty)) {
      removeDraft(key);
      setKept(true);
    } else setKept(writeDraft(key, next));
  };
  /** Forgets the draft: after a save, or when the user chose to throw the text away. */
  const clear = (): void => {
    removeDraft(key);
    setValue(empty);
    setKept(true);
  };
  return { value, set, clear, changed };
}
