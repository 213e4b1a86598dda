import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Slices waiting for their turn, in the order they were made: one is shown per task. */
const waiting: (() => void)[] = [];
let scheduled = false;

function showNext(): void {
  scheduled = false;
  waiting.shift()?.();
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(showNext, 0);
}

/** Runs `show` in a task of its own after every earlier one; returns a function that takes it back. */
function nextTurn(show: () => void): () => void {
  waiting.push(show);
  schedule();
  return () => {
    const index = waiting.indexOf(show);
    if (index >= 0) waiting.splice(index, 1);
  };
}

/**
 * One slice of a long list (five years of sources): the first (`now`) renders at once, each next one in a task
 * of its own, in order. Each slice renders only its own items, once, so the whole list costs what it cost in
 * one piece, but never holds the page for longer than a slice: between slices the browser paints and answers
 * the user.
 */
export function Slice({ now, children }: { now: boolean; children: ComponentChildren }) {
  const [shown, setShown] = useState(now);
  useEffect(() => (shown ? undefined : nextTurn(() => setShown(true))), [shown]);
  return shown ? <>{children}</> : null;
}

/** What shows until every slice made before it has been shown: a line saying the list is still coming. */
export function UntilSlicesShown({ children }: { children: ComponentChildren }) {
  const [done, setDone] = useState(false);
  useEffect(() => (done ? undefined : nextTurn(() => setDone(true))), [done]);
  return done ? null : <>{children}</>;
}

/** The items in slices of `size`. */
export function inSlices<T>(items: readonly T[], size: number): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) slices.push(items.slice(start, start + size));
  return slices;
}
