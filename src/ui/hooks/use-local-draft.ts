import { useState } from 'preact/hooks';

const PREFIX = 'leersteunspiegel:concept:';

function read(key: string): string {
  try {
    return localStorage.getItem(PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

function write(key: string, value: string): void {
  try {
    if (value) localStorage.setItem(PREFIX + key, value);
    else localStorage.removeItem(PREFIX + key);
  } catch {
    // Without localStorage (a locked-down browser) the text still lives as long as the form is open.
  }
}

/**
 * Text typed into a field that is only saved by a button ("Voortgang noteren"): kept in this browser's
 * localStorage until it is saved or cleared, so closing the form or the tab does not lose it.
 */
export function useLocalDraft(key: string): [string, (value: string) => void] {
  const [value, setValue] = useState(() => read(key));
  const update = (next: string): void => {
    setValue(next);
    write(key, next);
  };
  return [value, update];
}
