import type { QualityCalendar } from '../domain/quality-calendar';
import type { LeersteunspiegelDatabase } from './database';

/**
 * The centre's kwaliteitskalender, or undefined when it has none. There is one per database, but merging a
 * backup of another device that made its own can leave two: the one changed last is the plan.
 */
export async function loadQualityCalendar(
  db: LeersteunspiegelDatabase,
): Promise<QualityCalendar | undefined> {
  const plans = await db.qualityCalendars.toArray();
  return plans.reduce<QualityCalendar | undefined>(
    (newest, plan) => (!newest || plan.updatedAt > newest.updatedAt ? plan : newest),
    undefined,
  );
}
