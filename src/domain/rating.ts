import type { Rating } from './assessment';
import { LEVEL_IDS, type LevelId } from './framework/scale';

/** Whether a rating is one of the four levels rather than a state such as "nog niet beoordeeld". */
export function isLevel(rating: Rating): rating is LevelId {
  return (LEVEL_IDS as readonly string[]).includes(rating);
}

/** A level's place on the development scale, 1 (beneden) to 4 (overstijgt); undefined for a state. */
export function levelValue(rating: Rating): 1 | 2 | 3 | 4 | undefined {
  if (!isLevel(rating)) return undefined;
  // LEVEL_IDS holds exactly four levels, lowest first, so the position is the value.
  return (LEVEL_IDS.indexOf(rating) + 1) as 1 | 2 | 3 | 4;
}
