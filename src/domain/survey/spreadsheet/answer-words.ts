import { DONT_KNOW, type AnswerScale } from '../answer-scale';
import { normalise } from './normalise';

/** What an answer word in a cell stands for: a point of the scale (its id), "weet ik niet", or left open. */
export type WordChoice = string;

/** A word chosen to count as not answered: the cell is treated as empty. */
export const LEFT_OPEN = 'leftOpen';

/** Ways of writing "weet ik niet / niet van toepassing" besides the scale's own words, normalised. */
const DONT_KNOW_WORDS = [
  'weet ik niet',
  'weet niet',
  'ik weet het niet',
  'niet van toepassing',
  'nvt',
  'n v t',
  'geen mening',
  'geen idee',
];

/**
 * The key an answer word is known by: normalised, without a list marker Forms or Word may have kept in
 * front ("a. klopt", "2) klopt niet").
 */
export function wordKey(text: string): string {
  return normalise(text.replace(/^\s*[a-e1-9]\s*[.)]\s+/i, ''));
}

/**
 * The point of the scale an answer word names, by its words whatever their case, accents or spacing;
 * "weet ik niet", "n.v.t." and the like are `dontKnow`. Undefined when the words are not the scale's.
 */
export function recogniseWord(text: string, scale: AnswerScale): WordChoice | undefined {
  const key = wordKey(text);
  if (key === '') return undefined;
  const option = scale.options.find((candidate) => normalise(candidate.label) === key);
  if (option) return option.id;
  const dontKnow = [scale.dontKnow.label, ...scale.dontKnow.label.split(/\//)].map(normalise);
  if (dontKnow.includes(key) || DONT_KNOW_WORDS.includes(key)) return DONT_KNOW;
  return undefined;
}
