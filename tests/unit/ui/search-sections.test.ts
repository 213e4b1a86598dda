import { describe, expect, it } from 'vitest';
import { rankSections, type PagefindSubResult } from '../../../src/ui/search/pagefind';

/** A section whose matches Pagefind scored as given. */
const section = (title: string, ...scores: number[]): PagefindSubResult => ({
  title,
  url: `/begrippen/#${title}`,
  excerpt: '',
  weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
});

describe('rankSections', () => {
  it('puts the section with the best single match first, not the one first on the page', () => {
    const ranked = rankSections([
      section('leersteun', 512, 512),
      section('ov4-verslag', 18437),
      section('clb', 512),
    ]);
    expect(ranked.map((s) => s.title)).toEqual(['ov4-verslag', 'leersteun', 'clb']);
  });

  it('keeps the page order for equal scores and leaves the input as it was', () => {
    const sections = [section('a', 1), section('b'), section('c', 1)];
    expect(rankSections(sections).map((s) => s.title)).toEqual(['a', 'c', 'b']);
    expect(sections.map((s) => s.title)).toEqual(['a', 'b', 'c']);
  });
});
