import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * Puts the site's base path in front of the links our Markdown prose writes from the top of the site
 * (`[Privacy en je gegevens](/privacy/)` → `/leersteunspiegel/privacy/`), so editors write a link the one plain
 * way and it follows BASE_PATH like every link the code builds with src/ui/site-path.ts.
 */
export function baseInMarkdownLinks(base: string): HastPlugin {
  return {
    name: 'leersteunspiegel:base-in-markdown-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href === 'string' && /^\/(?!\/)/.test(href))
          ctx.setProperty(node, 'href', base + href.slice(1));
      },
    },
  };
}
