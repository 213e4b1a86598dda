import { describe, expect, it } from 'vitest';
import { chosenRating, ratingToStore } from '../../../src/domain/rating-choice';

const incomplete = [{ kind: 'missingDescription' as const }];

describe('which rating is stored for a choice', () => {
  it('stores any level but 4 as chosen', () => {
    expect(ratingToStore('approaching', incomplete, 'meets')).toBe('approaching');
    expect(ratingToStore('notInFocus', [], 'exceeds')).toBe('notInFocus');
  });

  it('stores level 4 once the good practice is complete', () => {
    expect(ratingToStore('exceeds', [], 'meets')).toBe('exceeds');
  });

  it('keeps the earlier rating while the good practice is incomplete', () => {
    expect(ratingToStore('exceeds', incomplete, 'meets')).toBe('meets');
    expect(ratingToStore('exceeds', incomplete, 'notRated')).toBe('notRated');
  });

  it('lets an accepted level 4 that loses a criterion fall back to level 3', () => {
    expect(ratingToStore('exceeds', incomplete, 'exceeds')).toBe('meets');
  });
});

describe('what the rater chose', () => {
  it('is level 4 while a good practice is being described, whatever is stored', () => {
    expect(chosenRating({ rating: 'meets', goodPractice: { description: '', criteria: [] } })).toBe(
      'exceeds',
    );
  });

  it('is the stored rating otherwise', () => {
    expect(chosenRating({ rating: 'needsInformation', goodPractice: undefined })).toBe('needsInformation');
  });
});
