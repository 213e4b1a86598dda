import { describe, expect, it } from 'vitest';
import {
  rankResults,
  rankSections,
  type PagefindResultData,
  type PagefindSubResult,
} from '../../../src/ui/search/pagefind';

/** A section whose matches Pagefind scored as given. */
const section = (title: string, ...scores: number[]): PagefindSubResult => ({
  title,
  url: `/begrippen/#${title}`,
  excerpt: '',
  weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
});

describe('rankSections', () => {
  it('puts the section with the best single match first, not the one first on the page', () => {
    const ranked = rankSections(
      [section('leersteun', 512, 512), section('ov4-verslag', 18437), section('clb', 512)],
      'OV4-verslag',
    );
    expect(ranked.map((s) => s.title)).toEqual(['ov4-verslag', 'leersteun', 'clb']);
  });

  it('keeps the page order for equal scores and leaves the input as it was', () => {
    const sections = [section('a', 1), section('b'), section('c', 1)];
    expect(rankSections(sections, 'x').map((s) => s.title)).toEqual(['a', 'c', 'b']);
    expect(sections.map((s) => s.title)).toEqual(['a', 'b', 'c']);
  });
});

describe('rankResults', () => {
  /** A page found, with the headings of its matching sections. */
  const page = (url: string, title: string, ...sections: string[]): PagefindResultData => ({
    url,
    excerpt: '',
    meta: { title },
    sub_results: sections.map((heading) => section(heading, 1)),
  });

  it('puts the page with a section named by the query first, before pages Pagefind scored higher', () => {
    const results = [
      page('/referentiekader/s3/', 'S3: … met het CLB …', 'S3'),
      page('/begrippen/', 'Begrippen', 'Draaischijffunctie (CLB)', 'clb'),
      page('/referentiekader/m4/', 'M4', 'M4'),
    ];
    expect(rankResults(results, ' CLB ').map((r) => r.url)).toEqual([
      '/begrippen/',
      '/referentiekader/s3/',
      '/referentiekader/m4/',
    ]);
  });

  it("puts a page whose own title is the query first, and else keeps Pagefind's order", () => {
    const results = [page('/a/', 'Leersteun'), page('/b/', 'Begrippen'), page('/c/', 'Privacy')];
    expect(rankResults(results, 'privacy').map((r) => r.url)).toEqual(['/c/', '/a/', '/b/']);
    expect(rankResults(results, 'leersteuncentrum').map((r) => r.url)).toEqual(['/a/', '/b/', '/c/']);
  });
});

describe('rankSections by name', () => {
  it('puts the section named by the query before one that scored higher', () => {
    const ranked = rankSections([section('Draaischijffunctie (CLB)', 900), section('CLB', 512)], 'clb');
    expect(ranked.map((s) => s.title)).toEqual(['CLB', 'Draaischijffunctie (CLB)']);
  });
});
