import { describe, expect, it, vi } from 'vitest';
import { createCycle } from '../../../src/domain/cycle-schema';
import { createEvidence } from '../../../src/domain/evidence-schema';
import { watchTables, type ReadOutcome } from '../../../src/storage/table-watch';
import { freshDatabase } from './test-database';

const cycle = (title: string) => createCycle({ title, schoolYear: '2026-2027', mode: 'team' });

/** A watcher of the cycles table that counts its reads and keeps what it published. */
function watchCycleTitles(db: ReturnType<typeof freshDatabase>, read?: () => Promise<string[]>) {
  const published: ReadOutcome<string[]>[] = [];
  let reads = 0;
  const titles = async (): Promise<string[]> => {
    reads++;
    return read ? read() : (await db.cycles.toArray()).map((c) => c.title).sort();
  };
  const stop = watchTables(db, ['cycles'], titles, (outcome) => published.push(outcome));
  return { published, reads: () => reads, stop };
}

describe('watching tables: a read published at once and again after each write to them', () => {
  it('reads at once, and again after a write to a watched table, with what was written', async () => {
    const db = freshDatabase();
    const watcher = watchCycleTitles(db);
    await vi.waitFor(() => expect(watcher.published).toEqual([{ value: [] }]));
    await db.cycles.add(cycle('Zelfevaluatie 2026-2027'));
    await vi.waitFor(() => expect(watcher.published.at(-1)).toEqual({ value: ['Zelfevaluatie 2026-2027'] }));
    watcher.stop();
  });

  it('does not read again for a write to a table it does not watch', async () => {
    const db = freshDatabase();
    const first = cycle('Eerste');
    await db.cycles.add(first);
    const watcher = watchCycleTitles(db);
    await vi.waitFor(() => expect(watcher.published).toHaveLength(1));
    await db.evidence.add(
      createEvidence({ cycleId: first.id, title: 'Verslag', kind: 'report', expectationCodes: [] }),
    );
    // Commits are announced in order: once the next write to cycles is read, the one before it was heard.
    await db.cycles.add(cycle('Tweede'));
    await vi.waitFor(() => expect(watcher.published.at(-1)).toEqual({ value: ['Eerste', 'Tweede'] }));
    expect(watcher.reads()).toBe(2);
    watcher.stop();
  });

  it('publishes only what came after a write that happened during a read', async () => {
    const db = freshDatabase();
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const watcher = watchCycleTitles(db, async () => {
      calls++;
      if (calls === 1) {
        await held;
        return ['verouderd'];
      }
      return (await db.cycles.toArray()).map((c) => c.title);
    });
    await db.cycles.add(cycle('Tijdens het lezen'));
    await vi.waitFor(() => expect(calls).toBe(1));
    release();
    await vi.waitFor(() => expect(watcher.published).toEqual([{ value: ['Tijdens het lezen'] }]));
    expect(watcher.reads()).toBe(2);
    watcher.stop();
  });

  it('publishes an error a read throws, and reads no more once stopped', async () => {
    const db = freshDatabase();
    const failing = watchCycleTitles(db, () => Promise.reject(new Error('kapot')));
    await vi.waitFor(() => expect(failing.published).toEqual([{ error: new Error('kapot') }]));
    failing.stop();
    const still = watchCycleTitles(db);
    await db.cycles.add(cycle('Na het stoppen'));
    await vi.waitFor(() => expect(still.published.at(-1)).toEqual({ value: ['Na het stoppen'] }));
    expect(failing.reads()).toBe(1);
    still.stop();
  });
});
