/**
 * Every form on the page that may hold edits not yet in the database, so the page can settle them before it
 * goes elsewhere — a link in the app, Alt+PageDown, a reload for a new version — and ask the browser to warn
 * only when leaving would lose something. Islands and the update notice are bundled as separate scripts that
 * share this one module.
 */
export interface UnsavedEdits {
  /** Whether leaving now would lose edits: not stored and not kept as a draft (the browser refused it). */
  wouldLose: () => boolean;
  /** Stores what can be stored without the user (autosaved fields); absent for forms saved by a button. */
  flush?: () => Promise<void>;
}

/** How long leaving waits for saves under way; their drafts keep the text should the database be slower. */
const LEAVE_WAIT_MS = 2_000;

const open = new Set<UnsavedEdits>();
let listening = false;

/** Registers a form's edits; call the returned function when the form goes away. */
export function trackUnsavedEdits(edits: UnsavedEdits): () => void {
  open.add(edits);
  // Outside a page (the unit tests) there is nothing to leave.
  if (!listening && typeof window !== 'undefined') listenForLeaving();
  return () => open.delete(edits);
}

/** Saves every autosaved form now; true when nothing unsaved would be lost by leaving the page. */
export async function settleUnsavedEdits(): Promise<boolean> {
  await Promise.all([...open].map((edits) => edits.flush?.()));
  return ![...open].some((edits) => edits.wouldLose());
}

/** Goes to another page of the site once the autosaved fields are stored, so the last keystrokes arrive. */
export async function leaveTo(href: string): Promise<void> {
  await Promise.race([settleUnsavedEdits(), new Promise((resolve) => setTimeout(resolve, LEAVE_WAIT_MS))]);
  window.location.assign(href);
}

/** A plain click on a link to a page of this site, which the page may follow itself. */
function sameSiteLink(event: MouseEvent): HTMLAnchorElement | undefined {
  if (event.defaultPrevented || event.button !== 0) return undefined;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (!link?.href || link.target || link.hasAttribute('download')) return undefined;
  const url = new URL(link.href);
  const here = window.location;
  if (url.origin !== here.origin) return undefined;
  // A link within the page scrolls; nothing is left.
  if (url.pathname === here.pathname && url.search === here.search && url.hash) return undefined;
  return link;
}

function listenForLeaving(): void {
  listening = true;
  document.addEventListener('click', (event) => {
    const link = sameSiteLink(event);
    if (!link || open.size === 0) return;
    event.preventDefault();
    void leaveTo(link.href);
  });
  // The browser's own question, only when something would really be lost: drafts keep everything else.
  window.addEventListener('beforeunload', (event) => {
    if ([...open].some((edits) => edits.wouldLose())) event.preventDefault();
  });
}
