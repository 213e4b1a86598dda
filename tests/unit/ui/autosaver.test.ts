import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveState } from '../../../src/ui/hooks/autosaver';

/** A save the test finishes by hand, to hold a write "in the database" as long as it likes. */
function controlledSaves() {
  const saves: { value: string; finish: () => void }[] = [];
  const save = (value: string): Promise<void> =>
    new Promise((resolve) => saves.push({ value, finish: resolve }));
  return { saves, save };
}

/** Lets the promises that are ready settle. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('autosaving a form', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves a choice at once and typing after a pause, then says it is saved', async () => {
    const { saves, save } = controlledSaves();
    const states: SaveState['status'][] = [];
    const autosaver = createAutosaver(save, (state) => states.push(state.status));
    autosaver.changed('g');
    autosaver.changed('go');
    await vi.advanceTimersByTimeAsync(299);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves.map((s) => s.value)).toEqual(['go']);
    saves[0]?.finish();
    await settle();
    autosaver.changed('level', true);
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.map((s) => s.value)).toEqual(['go', 'level']);
    saves[1]?.finish();
    await settle();
    expect(autosaver.hasUnsaved()).toBe(false);
    expect(states.at(-1)).toBe('saved');
  });

  it('keeps an edit unsaved until its own save finished, so an older save the database reports back is not taken for the truth', async () => {
    // Arrow keys through a scale: each answer is a choice, saved at once, while the previous one is still
    // being written. The form takes over what the database reports only when it holds no unsaved edit.
    const { saves, save } = controlledSaves();
    const states: SaveState['status'][] = [];
    const autosaver = createAutosaver(save, (state) => states.push(state.status));
    autosaver.changed('beneden', true);
    await vi.advanceTimersByTimeAsync(0);
    autosaver.changed('benadert', true);
    await vi.advanceTimersByTimeAsync(0);
    saves[0]?.finish();
    await settle();
    // "beneden" is stored and reported back; "benadert" is not stored yet.
    expect(autosaver.hasUnsaved()).toBe(true);
    expect(states.at(-1)).toBe('saving');
    saves[1]?.finish();
    await settle();
    expect(saves.map((s) => s.value)).toEqual(['beneden', 'benadert']);
    expect(autosaver.hasUnsaved()).toBe(false);
    expect(states.at(-1)).toBe('saved');
  });

  it('starts saving the newest draft at once, even while an earlier save is under way, so closing the page loses nothing', async () => {
    const { saves, save } = controlledSaves();
    const autosaver = createAutosaver(save, () => undefined);
    autosaver.changed('first', true);
    await vi.advanceTimersByTimeAsync(0);
    autosaver.changed('second');
    // The page is hidden: there is no time left to wait for the first save.
    void autosaver.flush();
    expect(saves.map((s) => s.value)).toEqual(['first', 'second']);
  });

  it('keeps a draft whose save failed, tries it again on the next flush, and says what went wrong', async () => {
    let fail = true;
    const saved: string[] = [];
    const states: SaveState[] = [];
    const autosaver = createAutosaver(
      async (value: string) => {
        if (fail) throw new Error('schijf vol');
        saved.push(value);
      },
      (state) => states.push(state),
    );
    autosaver.changed('tekst');
    await autosaver.flush();
    expect(states.at(-1)?.status).toBe('error');
    expect(autosaver.hasUnsaved()).toBe(true);
    fail = false;
    await autosaver.flush();
    expect(saved).toEqual(['tekst']);
    expect(states.at(-1)?.status).toBe('saved');
  });

  it('a flush waits for the save under way, so nothing is left unsaved after it', async () => {
    const { saves, save } = controlledSaves();
    const autosaver = createAutosaver(save, () => undefined);
    autosaver.changed('a', true);
    await vi.advanceTimersByTimeAsync(0);
    let flushed = false;
    void autosaver.flush().then(() => (flushed = true));
    await settle();
    expect(flushed).toBe(false);
    saves[0]?.finish();
    await settle();
    expect(flushed).toBe(true);
    expect(autosaver.hasUnsaved()).toBe(false);
  });
});
