import { describe, expect, it } from 'vitest';
import { type Evidence } from '../../../src/domain/evidence';
import { createEvidence } from '../../../src/domain/evidence-schema';
import {
  filterFromParams,
  isFiltered,
  matchesFilter,
  newestFirst,
  paramsWithFilter,
} from '../../../src/ui/evidence/evidence-filter';

const cycleId = crypto.randomUUID();
const make = (title: string, change: Partial<Evidence> = {}, now = new Date('2026-11-24T10:00:00Z')) => ({
  ...createEvidence({ cycleId, title, kind: 'document' }, now),
  ...change,
});

describe('filterFromParams', () => {
  it('reads expectation, kind and voice, and ignores what it does not know', () => {
    const params = new URLSearchParams('cyclus=x&verwachting=m2&soort=survey&stem=parents&ander=1');
    expect(filterFromParams(params, ['M2', 'S3'])).toEqual({
      expectation: 'M2',
      kind: 'survey',
      voice: 'parents',
    });
    expect(filterFromParams(new URLSearchParams('verwachting=Z9&soort=roddel&stem=<b>'), ['M2'])).toEqual({});
  });

  it("ignores an expectation outside the cycle's scope", () => {
    expect(filterFromParams(new URLSearchParams('verwachting=BL5'), ['R1', 'R2'])).toEqual({});
  });
});

describe('paramsWithFilter', () => {
  it('writes the filter and keeps the cycle', () => {
    const params = paramsWithFilter(new URLSearchParams('cyclus=abc&soort=data'), {
      expectation: 'R2',
      voice: 'clb',
    });
    expect(params.toString()).toBe('cyclus=abc&verwachting=R2&stem=clb');
  });

  it('round-trips through filterFromParams', () => {
    const filter = { expectation: 'M2', kind: 'observation', voice: 'pupils' } as const;
    expect(filterFromParams(paramsWithFilter(new URLSearchParams(), filter), ['M2'])).toEqual(filter);
  });
});

describe('matchesFilter', () => {
  const survey = make('Bevraging ouders', {
    kind: 'survey',
    voices: ['parents', 'teachers'],
    expectationCodes: ['M2', 'S3'],
  });

  it('passes evidence that meets every filter set', () => {
    expect(isFiltered({})).toBe(false);
    expect(matchesFilter(survey, {})).toBe(true);
    expect(matchesFilter(survey, { expectation: 'S3', kind: 'survey', voice: 'teachers' })).toBe(true);
  });

  it('holds back evidence that misses any one of them', () => {
    expect(isFiltered({ voice: 'clb' })).toBe(true);
    expect(matchesFilter(survey, { expectation: 'R1' })).toBe(false);
    expect(matchesFilter(survey, { kind: 'data' })).toBe(false);
    expect(matchesFilter(survey, { expectation: 'M2', voice: 'clb' })).toBe(false);
  });
});

describe('newestFirst', () => {
  it('puts the newest date first and undated evidence last, most recently added first', () => {
    const old = make('Oud', { date: '2025-09-01' });
    const recent = make('Recent', { date: '2026-10-02' });
    const undatedEarly = make('Zonder datum, vroeg', {}, new Date('2026-01-01T00:00:00Z'));
    const undatedLate = make('Zonder datum, laat', {}, new Date('2026-06-01T00:00:00Z'));
    expect(newestFirst([undatedEarly, old, undatedLate, recent]).map((e) => e.title)).toEqual([
      'Recent',
      'Oud',
      'Zonder datum, laat',
      'Zonder datum, vroeg',
    ]);
  });
});
