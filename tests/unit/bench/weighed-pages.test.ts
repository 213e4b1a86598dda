import { describe, expect, it } from 'vitest';
import { weighedPages } from '../../bench/results';

const BUILT = [
  '/',
  '/404.html',
  '/referentiekader/',
  '/referentiekader/m1/',
  '/referentiekader/m2/',
  '/referentiekader/o3/',
  '/zoeken/',
  '/bevraging/',
  '/app/',
  '/app/rapport/',
  '/app/beoordelen/m1/',
  '/app/beoordelen/m2/',
  '/app/beoordelen/o3/',
  '/app/bevragingen/link/',
];

describe('the pages whose JavaScript the bench weighs', () => {
  it('weighs every app page under the app budget, each rating page and the bevraging a link opens too', () => {
    const pages = weighedPages(BUILT);
    for (const path of BUILT.filter((p) => p.startsWith('/app/') || p === '/bevraging/'))
      expect(pages[path], path).toBe('app');
  });

  it('lets one expectation page stand for the framework, and weighs search and the other reading pages', () => {
    expect(weighedPages(BUILT)).toMatchObject({
      '/': 'reading',
      '/404.html': 'reading',
      '/referentiekader/': 'reading',
      '/referentiekader/m2/': 'reading',
      '/zoeken/': 'search',
    });
    expect(Object.keys(weighedPages(BUILT))).not.toContain('/referentiekader/m1/');
    expect(Object.keys(weighedPages(BUILT))).not.toContain('/referentiekader/o3/');
  });
});
