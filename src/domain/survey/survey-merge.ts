import type { MergePreference } from '../merge';
import { asksSameStatements, type Survey } from './survey';

/**
 * In a merge, two copies of a bevraging that ask different statements: the copy on the side that holds
 * answers to it wins, whatever their times, because those answers were given to its statements (the app
 * freezes them once answered). With answers on both sides the local copy stays; without any, the newest wins.
 */
export function preferAnsweredStatements(
  answeredLocally: ReadonlySet<string>,
  answeredIncoming: ReadonlySet<string>,
): MergePreference<Survey> {
  return (local, incoming) => {
    if (asksSameStatements(local, incoming)) return undefined;
    if (answeredLocally.has(local.id)) return 'local';
    return answeredIncoming.has(incoming.id) ? 'incoming' : undefined;
  };
}
