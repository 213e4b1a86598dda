import { describe, expect, it } from 'vitest';
import { journalOf } from '../../../src/domain/journal-note';
import { createJournalNote } from '../../../src/domain/journal-note-schema';
import { JournalNoteSchema } from '../../../src/domain/journal-note-schema';
import { MAX_TEXT_LENGTH } from '../../../src/domain/record';

const CYCLE = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e81';
const LOTTE = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e82';
const OTHER = '7d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e84';

const note = (date: string, text: string, at: string, participantId = LOTTE, expectationCode = 'M1') =>
  createJournalNote(
    { cycleId: CYCLE, expectationCode: expectationCode as 'M1', participantId, date, text },
    new Date(at),
  );

describe('a journal note', () => {
  it('is kept as typed, without the spaces around it, with its day and whose it is', () => {
    const made = note('2026-10-08', '  Overleg met juf Sara.\n', '2026-10-08T15:20:00.000Z');
    expect(made).toMatchObject({
      cycleId: CYCLE,
      expectationCode: 'M1',
      participantId: LOTTE,
      date: '2026-10-08',
      text: 'Overleg met juf Sara.',
      createdAt: '2026-10-08T15:20:00.000Z',
    });
  });

  it.each([
    ['an empty note', { text: '   ' }],
    ['a note longer than any other text', { text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }],
    ['a day that is not a date', { date: '2026-13-01' }],
    ['a date with a time', { date: '2026-10-08T10:00' }],
    ['an unknown expectation', { expectationCode: 'X9' }],
    ['nobody’s note', { participantId: undefined }],
  ])('refuses %s', (_what, change) => {
    const valid = note('2026-10-08', 'Overleg.', '2026-10-08T15:20:00.000Z');
    expect(JournalNoteSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('lists one person’s notes on one expectation newest day first, the same day newest written first', () => {
    const oldest = note('2026-10-08', 'Eerste.', '2026-10-08T15:00:00.000Z');
    const laterSameDay = note('2026-11-19', 'Later die dag.', '2026-11-19T17:00:00.000Z');
    const earlierSameDay = note('2026-11-19', 'Vroeger die dag.', '2026-11-19T09:00:00.000Z');
    // Written later about an earlier day: it stands by its day, not by when it was written.
    const lateEntry = note('2026-09-15', 'Achteraf genoteerd.', '2026-12-01T09:00:00.000Z');
    const someoneElse = note('2026-12-01', 'Niet van Lotte.', '2026-12-01T09:00:00.000Z', OTHER);
    const otherExpectation = note('2026-12-01', 'Over M2.', '2026-12-01T09:00:00.000Z', LOTTE, 'M2');
    expect(
      journalOf(
        [oldest, someoneElse, lateEntry, earlierSameDay, otherExpectation, laterSameDay],
        LOTTE,
        'M1',
      ).map((entry) => entry.text),
    ).toEqual(['Later die dag.', 'Vroeger die dag.', 'Eerste.', 'Achteraf genoteerd.']);
  });
});
