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
  const axe = await new AxeBuilder({ page })
    // options() replaces what was set before it, so it comes before withTags.
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_22_AA)
    .setLegacyMode()
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
}
