/**
 * Every form on the page that may hold edits not yet in the database, so the page can settle them before it
 * reloads itself for a new version — and refuse to reload while a form still holds text that only a button
 * saves. Islands and the update notice are bundled as separate scripts that share this one module.
 */
export interface UnsavedEdits {
  /** Whether the form holds edits that are not stored yet. */
  hasUnsaved: () => boolean;
  /** Stores what can be stored without the user (autosaved fields); absent for forms saved by a button. */
  flush?: () => Promise<void>;
}

const open = new Set<UnsavedEdits>();

/** Registers a form's edits; call the returned function when the form goes away. */
export function trackUnsavedEdits(edits: UnsavedEdits): () => void {
  open.add(edits);
  return () => open.delete(edits);
}

/** Saves every autosaved form now; true when nothing unsaved is left on the page. */
export async function settleUnsavedEdits(): Promise<boolean> {
  await Promise.all([...open].map((edits) => edits.flush?.()));
  return [...open].every((edits) => !edits.hasUnsaved());
}
