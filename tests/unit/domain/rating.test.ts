import { describe, expect, it } from 'vitest';
import { LEVEL_IDS } from '../../../src/domain/framework/scale';
import { isLevel, levelValue } from '../../../src/domain/rating';

describe('levelValue', () => {
  it('places the four levels from 1 (beneden) to 4 (overstijgt)', () => {
    expect(LEVEL_IDS.map(levelValue)).toEqual([1, 2, 3, 4]);
  });

  it('gives no value to "not rated", "more information needed" or "not in focus"', () => {
    expect(levelValue('notRated')).toBeUndefined();
    expect(levelValue('needsInformation')).toBeUndefined();
    expect(levelValue('notInFocus')).toBeUndefined();
  });
});

describe('isLevel', () => {
  it('tells a level from a state', () => {
    expect(isLevel('meets')).toBe(true);
    expect(isLevel('exceeds')).toBe(true);
    expect(isLevel('notRated')).toBe(false);
    expect(isLevel('needsInformation')).toBe(false);
  });
});
