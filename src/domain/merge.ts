/** A record as merge sees it: an id and the moment it last changed. */
export interface Mergeable {
  id: string;
  /** Absent on a record that never changes once written (an answer to a bevraging): same id, same record. */
  updatedAt?: string;
}

/** A record that existed on both sides with different content, and which side was kept. */
export interface MergeConflict {
  id: string;
  kept: 'incoming' | 'local';
}

/** What merging one table's incoming records into the local ones comes to. */
export interface MergeOutcome<T> {
  /** Records to write: new ones and those whose incoming copy is newer. */
  write: T[];
  added: number;
  updated: number;
  /** Local records kept because they are as new as or newer than the incoming copy. */
  keptLocal: number;
  conflicts: MergeConflict[];
}

/** Whether the candidate changed after the current copy: never for a record that has no time of change. */
function isNewer(candidate: Mergeable, current: Mergeable): boolean {
  return (
    candidate.updatedAt !== undefined &&
    current.updatedAt !== undefined &&
    candidate.updatedAt > current.updatedAt
  );
}

/** A rule that settles which copy of a record wins before their times are compared, or leaves it to them. */
export type MergePreference<T> = (local: T, incoming: T) => 'local' | 'incoming' | undefined;

/**
 * Merges incoming records into local ones: a record only on one side is kept; on both sides the newest
 * `updatedAt` wins, and on a tie the local copy stays. A record without `updatedAt` is never changed, so two
 * different copies of it cannot both be genuine: the local one stays. `prefer` overrules the times where the
 * content decides (a bevraging whose answers fix its statements). Every difference is reported so the user
 * sees it.
 */
export function mergeNewestWins<T extends Mergeable>(
  local: readonly T[],
  incoming: readonly T[],
  sameContent: (a: T, b: T) => boolean,
  prefer: MergePreference<T> = () => undefined,
): MergeOutcome<T> {
  const localById = new Map(local.map((record) => [record.id, record]));
  const outcome: MergeOutcome<T> = { write: [], added: 0, updated: 0, keptLocal: 0, conflicts: [] };
  for (const record of incoming) {
    const existing = localById.get(record.id);
    if (!existing) {
      outcome.write.push(record);
      outcome.added++;
    } else if (sameContent(existing, record)) {
      continue;
    } else if (
      (prefer(existing, record) ?? (isNewer(record, existing) ? 'incoming' : 'local')) === 'incoming'
    ) {
      outcome.write.push(record);
      outcome.updated++;
      outcome.conflicts.push({ id: record.id, kept: 'incoming' });
    } else {
      outcome.keptLocal++;
      outcome.conflicts.push({ id: record.id, kept: 'local' });
    }
  }
  return outcome;
}
