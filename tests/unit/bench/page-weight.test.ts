import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineScripts, loadedWeight, pageWeight } from '../../bench/page-weight';

describe('the JavaScript a page ran while it loaded', () => {
  const dists: string[] = [];
  afterEach(() => {
    for (const dist of dists.splice(0)) rmSync(dist, { recursive: true, force: true });
  });

  it("takes a page's inline scripts, and leaves out data and empty or external ones", () => {
    const html = [
      '<script>window.a = 1;</script>',
      '<script type="module" src="/_astro/page.js"></script>',
      '<script type="module">import("./b.js");</script>',
      '<script type="application/ld+json">{"@type":"WebSite"}</script>',
      '<script aria-hidden="true">\n  (() => {})();\n</script>',
      '<script type="text/javascript"> </script>',
    ].join('\n');
    expect(inlineScripts(html)).toEqual(['window.a = 1;', 'import("./b.js");', '\n  (() => {})();\n']);
  });

  it("counts what an island's chunk imports or re-exports from others, not what it loads on demand", () => {
    const dist = mkdtempSync(join(tmpdir(), 'leersteunspiegel-page-weight-'));
    dists.push(dist);
    mkdirSync(join(dist, 'app'));
    mkdirSync(join(dist, '_astro'));
    // A bundler may give an island a facade that only re-exports the chunk its code went into.
    writeFileSync(join(dist, '_astro/Island.js'), 'export{t as default}from"./shared.js";');
    writeFileSync(
      join(dist, '_astro/shared.js'),
      'import{h}from"./preact.js";const t=()=>import("./chart.js").then(()=>h("p"));export{t};',
    );
    writeFileSync(join(dist, '_astro/preact.js'), 'export const h=()=>{};export*from"./hooks.js";');
    writeFileSync(join(dist, '_astro/hooks.js'), 'export const useState=()=>{};');
    writeFileSync(join(dist, '_astro/chart.js'), 'export const chart=1;');
    writeFileSync(
      join(dist, 'app/index.html'),
      '<astro-island component-url="/_astro/Island.js"></astro-island>',
    );
    expect(pageWeight(dist, '/app/').files).toBe(4);
  });

  it('weighs the scripts the browser fetched, also one imported unasked, and the inline ones', () => {
    const dist = mkdtempSync(join(tmpdir(), 'leersteunspiegel-loaded-weight-'));
    dists.push(dist);
    mkdirSync(join(dist, 'm2'));
    mkdirSync(join(dist, '_astro'));
    const search = 'export const search = 1;\n'.repeat(200);
    writeFileSync(join(dist, '_astro/page.js'), 'requestIdleCallback(() => import("./search.js"));\n');
    writeFileSync(join(dist, '_astro/search.js'), search);
    writeFileSync(
      join(dist, 'm2/index.html'),
      '<script type="module" src="/_astro/page.js"></script><script>document.documentElement.dataset.theme = "dark";</script>',
    );
    // Read from the built files, the search chunk is left out: it is only named in an import().
    expect(pageWeight(dist, '/m2/').files).toBe(1);
    const loaded = loadedWeight(dist, '/m2/', ['/_astro/page.js', '/_astro/search.js']);
    expect(loaded.files).toBe(3);
    expect(loaded.rawKB).toBeGreaterThan(search.length / 1024);
    expect(loaded.gzipKB).toBeLessThan(loaded.rawKB);
  });
});
