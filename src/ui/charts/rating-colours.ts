import type { Rating } from '../../domain/assessment';
import { LEVEL_IDS, RATING_STATE_IDS } from '../../domain/framework/scale';

/** The answers in the order charts and their tables list them: the highest level first, then the states. */
export const RATING_ORDER: readonly Rating[] = [...[...LEVEL_IDS].reverse(), ...RATING_STATE_IDS];

/**
 * One colour per answer, dark to light from level 4 down, then greys for the answers that are not a level.
 * Colour is never the only cue: every chart has a legend and a table with the same numbers.
 */
export const RATING_COLOURS: Record<Rating, string> = {
  exceeds: '#1f4e5f',
  meets: '#3f8f7a',
  approaching: '#e0a526',
  below: '#b8432f',
  needsInformation: '#7b8a8c',
  notInFocus: '#b9c2c3',
  notRated: '#e4e8e8',
};
