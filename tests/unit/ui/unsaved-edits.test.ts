import { describe, expect, it } from 'vitest';
import { settleUnsavedEdits, trackUnsavedEdits } from '../../../src/ui/unsaved-edits';

describe('settling unsaved edits before a reload', () => {
  it('stores autosaved fields first, then allows the reload', async () => {
    let waiting = true;
    const untrack = trackUnsavedEdits({
      hasUnsaved: () => waiting,
      flush: async () => {
        waiting = false;
      },
    });
    expect(await settleUnsavedEdits()).toBe(true);
    expect(waiting).toBe(false);
    untrack();
  });

  it('refuses while a form that only its button saves holds typed text', async () => {
    let typed = true;
    const untrack = trackUnsavedEdits({ hasUnsaved: () => typed });
    expect(await settleUnsavedEdits()).toBe(false);
    typed = false;
    expect(await settleUnsavedEdits()).toBe(true);
    untrack();
  });

  it('forgets a form once it is closed', async () => {
    const untrack = trackUnsavedEdits({ hasUnsaved: () => true });
    untrack();
    expect(await settleUnsavedEdits()).toBe(true);
  });
});
