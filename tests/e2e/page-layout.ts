import { expect, type Page } from '@playwright/test';

/** The narrowest screen the site is held to (a small phone held upright). */
export const PHONE = { width: 360, height: 740 };

/** The laptop screen the other checks use. */
export const LAPTOP = { width: 1280, height: 720 };

/**
 * Fails, naming what sticks out, when the page is wider than the window: a reader would have to scroll
 * sideways. A table that is wider may scroll inside its own region; that region stays within the window.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  // After a change of window size a chart redraws at its new width in the frame after next (its resize
  // observer's callback waits for an animation frame): the page is judged once it has.
  await page.evaluate(
    () => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))),
  );
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sticking = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${element.classList[0] ?? ''}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, sticking: sticking.slice(-5) };
  });
  expect
    .soft(overflow.scrollWidth, `page width; sticks out: ${overflow.sticking.join(', ')}`)
    .toBeLessThanOrEqual(overflow.width);
}

/** What the page records of one walk: how many stops, whether focus came round, and what was wrong. */
export interface FocusWalk {
  stops: number;
  wrapped: boolean;
  problems: string[];
}

/** A page with more stops than this is one no keyboard user would walk; the cap keeps a runaway short. */
const MAX_PRESSES = 300;

/**
 * Presses Tab (or Shift+Tab) through the whole page, as a keyboard user does, and records every stop where
 * the focused element is covered (the element at the centre of its box is not it or inside it), shows a ring
 * other than the site's one (3 px solid) or has that ring cut off by a box around it. Each stop is judged in the
 * page when the next key arrives, when focus has moved and scrolled, so a walk costs one key press per stop and
 * one look at the result per ten.
 */
export async function walkFocus(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<FocusWalk> {
  await page.evaluate(() => {
    let first: Element | null = null;
    const walk: FocusWalk = { stops: 0, wrapped: false, problems: [] };
    const describe = (element: Element): string =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
    const judge = (): void => {
      const element = document.activeElement;
      // Past the last stop focus rests on the page itself before the first stop comes round again.
      if (!element || element === document.body || walk.wrapped) return;
      if (element === first) {
        walk.wrapped = true;
        return;
      }
      first ??= element;
      walk.stops++;
      // A link wrapped over two lines has a box per line (the centre of their union may be plain text); a
      // region taller than the window is judged by the centre of the part in view.
      const hits = [...element.getClientRects()].map((box) => {
        const top = Math.max(box.top, 0);
        const bottom = Math.min(box.bottom, innerHeight);
        return document.elementFromPoint(box.left + box.width / 2, (top + bottom) / 2);
      });
      if (!hits.some((hit) => hit && (hit === element || element.contains(hit))))
        walk.problems.push(`${describe(element)} is covered by ${hits[0] ? describe(hits[0]) : 'nothing'}`);
      const ring = getComputedStyle(element);
      if (ring.outlineStyle !== 'solid' || ring.outlineWidth !== '3px')
        walk.problems.push(`${describe(element)} has focus ring "${ring.outlineStyle} ${ring.outlineWidth}"`);
      // The ring reaches past the box; a box around it that clips sideways (a table that scrolls) cuts it off
      // where it can scroll no further that way.
      const reach = parseFloat(ring.outlineWidth) + parseFloat(ring.outlineOffset);
      const { left, right } = element.getBoundingClientRect();
      for (let box = element.parentElement; box; box = box.parentElement) {
        if (getComputedStyle(box).overflowX === 'visible') continue;
        const start = box.getBoundingClientRect().left + box.clientLeft;
        const end = start + box.clientWidth;
        const scrolledToEnd = box.scrollLeft + box.clientWidth >= box.scrollWidth;
        if ((left - reach < start && box.scrollLeft === 0) || (right + reach > end && scrolledToEnd))
          walk.problems.push(`${describe(element)} has its focus ring cut off by ${describe(box)}`);
      }
    };
    addEventListener('keydown', (event) => event.key === 'Tab' && judge(), { capture: true });
    Object.assign(window, { focusWalk: walk });
  });
  let walk: FocusWalk = { stops: 0, wrapped: false, problems: [] };
  for (let presses = 0; presses < MAX_PRESSES && !walk.wrapped; presses += 10) {
    for (let press = 0; press < 10; press++) await page.keyboard.press(key);
    walk = await page.evaluate(() => (window as unknown as { focusWalk: FocusWalk }).focusWalk);
  }
  return walk;
}

/** Walks the page by `key` (see walkFocus) and fails for every stop where focus is covered or has another ring. */
export async function expectFocusAlwaysSeen(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<void> {
  const walk = await walkFocus(page, key);
  expect.soft(walk.wrapped, `${key} came round the page within ${MAX_PRESSES} presses`).toBe(true);
  expect.soft(walk.problems, `${key} walk over ${walk.stops} stops`).toEqual([]);
}
