import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useState } from 'preact/hooks';

/** Slices waiting for their turn, in the order they were made: one is shown per task. */
const waiting: (() => void)[] = [];
let scheduled = false;
/** Told when every slice has been shown, and again when a new one starts waiting. */
const watchers = new Set<(shown: boolean) => void>();
/** Those waiting for every slice to be shown, to act on the whole (print it, copy it). */
let whenShown: (() => void)[] = [];

function allShown(): boolean {
  return waiting.length === 0 && !scheduled;
}

function showNext(): void {
  scheduled = false;
  waiting.shift()?.();
  if (waiting.length > 0) schedule();
  // The slice just shown may hold slices of its own, which start waiting as it renders, in this task: only
  // when none has by the next task is everything shown.
  else setTimeout(drained, 0);
}

function drained(): void {
  if (!allShown()) return;
  for (const watcher of watchers) watcher(true);
  const callbacks = whenShown;
  whenShown = [];
  for (const callback of callbacks) callback();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(showNext, 0);
}

/** Runs `show` in a task of its own after every earlier one; returns a function that takes it back. */
function nextTurn(show: () => void): () => void {
  if (allShown()) for (const watcher of watchers) watcher(false);
  waiting.push(show);
  schedule();
  return () => {
    const index = waiting.indexOf(show);
    if (index >= 0) waiting.splice(index, 1);
    // The last waiting slice gone (its list closed) leaves everything shown.
    if (allShown()) setTimeout(drained, 0);
  };
}

/** Whether slices show at once: where there is no later task, as in a rendering to a string. */
const AtOnce = createContext(false);

/**
 * Every slice within it shown in the first render, and whole from the start: for the report rendered to a
 * string (the unit tests read the report page's text so), where no task comes after the first.
 */
export function AllSlicesAtOnce({ children }: { children: ComponentChildren }) {
  return <AtOnce.Provider value={true}>{children}</AtOnce.Provider>;
}

/**
 * One slice of a long list (five years of sources) or document (the report): the first (`now`) renders at once,
 * each next one in a task of its own, in order. Each slice renders only its own items, once, so the whole list
 * costs what it cost in one piece, but never holds the page for longer than a slice: between slices the browser
 * paints and answers the user. A slice starts waiting as it is first rendered (a layout effect), so one made by
 * another slice waits before that one's task ends.
 */
export function Slice({ now, children }: { now: boolean; children: ComponentChildren }) {
  const atOnce = useContext(AtOnce);
  const [shown, setShown] = useState(now || atOnce);
  useLayoutEffect(() => (shown ? undefined : nextTurn(() => setShown(true))), [shown]);
  return shown ? <>{children}</> : null;
}

/** What shows until every slice made before it has been shown: a line saying the list is still coming. */
export function UntilSlicesShown({ children }: { children: ComponentChildren }) {
  const [done, setDone] = useState(false);
  useEffect(() => (done ? undefined : nextTurn(() => setDone(true))), [done]);
  return done ? null : <>{children}</>;
}

/**
 * Whether every slice on the page has been shown, slices within slices too; false again while a new one waits.
 * False on the first render: the slices rendered with it start waiting only once it is on the page.
 */
export function useSlicesShown(): boolean {
  const atOnce = useContext(AtOnce);
  const [shown, setShown] = useState(atOnce);
  useLayoutEffect(() => {
    watchers.add(setShown);
    if (allShown()) setTimeout(drained, 0);
    return () => {
      watchers.delete(setShown);
    };
  }, []);
  return shown;
}

/** Resolves once every slice on the page has been shown: before the page is printed or copied as a whole. */
export function slicesShown(): Promise<void> {
  if (allShown()) return Promise.resolve();
  return new Promise((resolve) => whenShown.push(resolve));
}

/** The items in slices of `size`. */
export function inSlices<T>(items: readonly T[], size: number): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) slices.push(items.slice(start, start + size));
  return slices;
}
