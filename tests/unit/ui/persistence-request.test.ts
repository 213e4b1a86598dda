import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLscProfile } from '../../../src/domain/lsc-profile';
import { getDatabase } from '../../../src/storage/database';
import { loadSettings } from '../../../src/storage/queries';
import { saveUserRecord } from '../../../src/ui/data/save';
import { watchPersistenceRequest, type PersistenceRequest } from '../../../src/ui/data/persistence-request';

/** A browser whose answer to `persist()` comes only when the test calls `answer` (Firefox waits for the user). */
function browserThatAsksTheUser() {
  let answer: (granted: boolean) => void = () => undefined;
  const persist = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
  vi.stubGlobal('navigator', { storage: { persisted: () => Promise.resolve(false), persist } });
  return { persist, answer: (granted: boolean) => answer(granted) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the first save on a device', () => {
  it('is stored without waiting for the answer to the question about persistent storage, which is recorded when it comes', async () => {
    const browser = browserThatAsksTheUser();
    const seen: PersistenceRequest[] = [];
    const stop = watchPersistenceRequest((request) => seen.push(request));
    const profile = createLscProfile();

    // The save resolves although the browser has not answered, and never will in this part of the test.
    const saved = await saveUserRecord('lscProfiles', { ...profile, name: 'LSC Kempen' });
    expect(await getDatabase().lscProfiles.get(saved.id)).toMatchObject({ name: 'LSC Kempen' });
    await vi.waitFor(() => expect(browser.persist).toHaveBeenCalledTimes(1));
    expect(seen).toEqual(['idle', 'asking']);

    // A second save asks nothing more.
    await saveUserRecord('lscProfiles', { ...saved, name: 'LSC Kempen en Noorderkempen' });
    expect(browser.persist).toHaveBeenCalledTimes(1);

    browser.answer(true);
    await vi.waitFor(() => expect(seen.at(-1)).toBe('idle'));
    expect((await loadSettings(getDatabase())).persistence).toBe('granted');
    stop();
  });
});
