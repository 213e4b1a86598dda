import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeNewestWins } from '../../../src/domain/merge';

const record = (id: string, updatedAt: string, value = '') => ({ id, updatedAt, value });
const same = (a: { value: string }, b: { value: string }) => a.value === b.value;

describe('mergeNewestWins', () => {
  it('adds what is new, takes a newer copy, keeps a newer or equally new local copy, and skips identical ones', () => {
    const local = [
      record('a', '2026-01-01', 'x'),
      record('b', '2026-03-01', 'local'),
      record('c', '2026-01-01', 'same'),
      record('d', '2026-01-01', 'tie'),
    ];
    const incoming = [
      record('a', '2026-02-01', 'y'),
      record('b', '2026-02-01', 'incoming'),
      record('c', '2026-05-01', 'same'),
      record('d', '2026-01-01', 'other'),
      record('e', '2026-01-01', 'new'),
    ];
    const outcome = mergeNewestWins(local, incoming, same);
    expect(outcome.write.map((r) => r.id)).toEqual(['a', 'e']);
    expect([outcome.added, outcome.updated, outcome.keptLocal]).toEqual([1, 1, 2]);
    expect(outcome.conflicts).toEqual([
      { id: 'a', kept: 'incoming' },
      { id: 'b', kept: 'local' },
      { id: 'd', kept: 'local' },
    ]);
  });

  it('keeps the local copy of a record that never changes (an answer to a bevraging), and reports a different one', () => {
    const answer = (id: string, value: string) => ({ id, value });
    const outcome = mergeNewestWins(
      [answer('a', 'agree'), answer('b', 'agree')],
      [answer('a', 'disagree'), answer('b', 'agree'), answer('c', 'dontKnow')],
      same,
    );
    expect(outcome.write).toEqual([answer('c', 'dontKnow')]);
    expect([outcome.added, outcome.updated, outcome.keptLocal]).toEqual([1, 0, 1]);
    expect(outcome.conflicts).toEqual([{ id: 'a', kept: 'local' }]);
  });

  it('never writes an older copy over a newer one, for any records', () => {
    const aRecord = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      updatedAt: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'),
      value: fc.constantFrom('x', 'y'),
    });
    const unique = <T extends { id: string }>(records: T[]): T[] => [
      ...new Map(records.map((r) => [r.id, r])).values(),
    ];
    fc.assert(
      fc.property(fc.array(aRecord), fc.array(aRecord), (localRecords, incomingRecords) => {
        const local = unique(localRecords);
        const incoming = unique(incomingRecords);
        const outcome = mergeNewestWins(local, incoming, same);
        for (const written of outcome.write) {
          const existing = local.find((r) => r.id === written.id);
          expect(!existing || written.updatedAt > existing.updatedAt).toBe(true);
        }
        expect(outcome.added + outcome.updated).toBe(outcome.write.length);
      }),
    );
  });
});
