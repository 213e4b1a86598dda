import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The axe rule tags of WCAG 2.2 level AA, the bar every page and view is held to. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails with the rule and the elements when axe finds any WCAG 2.2 AA violation on the page as it is now.
 * Legacy mode runs axe in the page itself instead of finishing in a new blank page: a third of the time
 * (0.6 s against 2 s a page on two cores), and the site has no cross-origin frames it would miss. Only
 * violations come back, not the long list of passes.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(layOutEverything, true);
  const axe = await new AxeBuilder({ page })
    // options() replaces what was set before it, so it comes before withTags.
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_22_AA)
    .setLegacyMode()
    .analyze();
  await page.evaluate(layOutEverything, false);
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
}

/**
 * Runs in the page: lays out (or no longer) every part that `content-visibility: auto` leaves unrendered while out
 * of view (the report's sections, the evidence library's sources). axe measures target sizes and text against its background from
 * the layout, and a part out of view has none yet, only an estimated height; each part is checked as the user
 * sees it on reaching it. A constructed style sheet, which the page's Content-Security-Policy allows.
 */
function layOutEverything(on: boolean): void {
  const rule = '* { content-visibility: visible !important; }';
  const others = document.adoptedStyleSheets.filter((sheet) => sheet.cssRules[0]?.cssText !== rule);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rule);
  document.adoptedStyleSheets = on ? [...others, sheet] : others;
}
