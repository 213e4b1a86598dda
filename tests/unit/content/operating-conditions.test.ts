import { describe, expect, it } from 'vitest';
import { readConditions, readSources } from '../domain/report/vocabulary';
import { readSource } from './read-content';
import { occursVerbatim } from './verbatim';

const conditions = readConditions();
const sources = readSources();

describe('the checklist "Werking en regelgeving"', () => {
  it('keeps the ids that stored condition checks point to', () => {
    const ids = conditions.map((condition) => condition.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'visionPolicy',
      'staffPolicy',
      'multidisciplinaryTeam',
      'qualityMonitoring',
      'bothLevels',
      'informationPoint',
      'startTerm',
      'supportCouncil',
    ])
      expect(ids).toContain(id);
  });

  it('covers what the decree presentation names beyond the old list', () => {
    expect(conditions.map((condition) => condition.id)).toEqual(
      expect.arrayContaining([
        'mission',
        'supportLevels',
        'structuralCooperation',
        'meansOnlyForSupport',
        'meansPerTypeGroup',
        'supportCouncilAdvice',
        'supportCouncilReports',
      ]),
    );
  });

  it.each(conditions.map((condition) => [condition.id, condition] as const))(
    '%s names a source that exists, and its title stands word for word in it',
    (_id, condition) => {
      const source = sources.find((candidate) => candidate.id === condition.source);
      expect(source, condition.source).toBeDefined();
      expect(occursVerbatim(condition.title, readSource(source!.file)), condition.title).toBe(true);
      expect(condition.reference.trim()).not.toBe('');
    },
  );

  it('has its places numbered 1, 2, 3 … without gaps', () => {
    expect(conditions.map((condition) => condition.order).sort((a, b) => a - b)).toEqual(
      conditions.map((_, index) => index + 1),
    );
  });
});
