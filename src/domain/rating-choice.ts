import type { Assessment, Rating } from './assessment';
import type { GoodPracticeProblem } from './good-practice';

/**
 * The rating to store for what the rater chose. Level 4 is stored only once its good practice is complete;
 * until then the earlier rating stays, and an accepted level 4 that loses a criterion falls back to level 3,
 * the level the expectation itself describes.
 */
export function ratingToStore(
  chosen: Rating,
  problems: readonly GoodPracticeProblem[],
  stored: Rating,
): Rating {
  if (chosen !== 'exceeds' || problems.length === 0) return chosen;
  return stored === 'exceeds' ? 'meets' : stored;
}

/** What the rater last chose: level 4 also while its good practice is still being completed. */
export function chosenRating(assessment: Pick<Assessment, 'rating' | 'goodPractice'>): Rating {
  // A good practice is only kept while level 4 is the choice, so its presence shows the intent.
  return assessment.goodPractice ? 'exceeds' : assessment.rating;
}
