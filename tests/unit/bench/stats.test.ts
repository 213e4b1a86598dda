import { describe, expect, it } from 'vitest';
import { turns } from '../../bench/stats';

describe('the order of repeated measurements', () => {
  it('takes all runs of one page after another, or one of each page per round', () => {
    expect(turns(['a', 'b'], 3, false)).toEqual(['a', 'a', 'a', 'b', 'b', 'b']);
    expect(turns(['a', 'b'], 3, true)).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
    expect(turns(['a', 'b'], 0, true)).toEqual([]);
  });
});
