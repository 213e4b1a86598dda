import type * as z from 'zod/mini';
import type { JournalNoteSchema } from './journal-note-schema';
import { compareCodes } from './code-order';

/**
 * One dated note in a person's journal (logboek) on one expectation of a cycle: a reflection that grows over
 * the school year in short entries, instead of one text overwritten each time.
 */
export type JournalNote = z.output<typeof JournalNoteSchema>;

/** One person's notes on one expectation, newest day first; notes of the same day newest written first. */
export function journalOf(
  notes: readonly JournalNote[],
  participantId: string | undefined,
  expectationCode: string,
): JournalNote[] {
  return notes
    .filter((note) => note.participantId === participantId && note.expectationCode === expectationCode)
    .sort((a, b) => compareCodes(b.date, a.date) || compareCodes(b.createdAt, a.createdAt));
}
