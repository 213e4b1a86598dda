import { describe, expect, it } from 'vitest';
import { settleUnsavedEdits, trackUnsavedEdits } from '../../../src/ui/unsaved-edits';

describe('settling unsaved edits before leaving the page', () => {
  it('stores autosaved fields first, then allows leaving', async () => {
    let waiting = true;
    const untrack = trackUnsavedEdits({
      wouldLose: () => waiting,
      flush: async () => {
        waiting = false;
      },
    });
    expect(await settleUnsavedEdits()).toBe(true);
    expect(waiting).toBe(false);
    untrack();
  });

  it('refuses while a form holds typed text that neither the database nor a draft keeps', async () => {
    let lost = true;
    const untrack = trackUnsavedEdits({ wouldLose: () => lost });
    expect(await settleUnsavedEdits()).toBe(false);
    lost = false;
    expect(await settleUnsavedEdits()).toBe(true);
    untrack();
  });

  it('forgets a form once it is closed', async () => {
    const untrack = trackUnsavedEdits({ wouldLose: () => true });
    untrack();
    expect(await settleUnsavedEdits()).toBe(true);
  });
});
