import type { Rating } from '../assessment';
import { ratingLabel } from '../framework/framework-summary';
import { levelValue } from '../rating';
import type { ReportVocabulary } from './report-input';
import type { ReportRating } from './report-model';

/** A rating as the report shows it: its id, its label from content and, for a level, its place 1–4. */
export function reportRating(vocabulary: ReportVocabulary, rating: Rating): ReportRating {
  const label = ratingLabel(vocabulary.framework, rating);
  const level = levelValue(rating);
  return level === undefined ? { id: rating, label } : { id: rating, label, level };
}
