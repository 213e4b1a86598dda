import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { ExpectationCodeSchema } from './framework/expectation-code';
import {
  CalendarDateSchema,
  MAX_TEXT_LENGTH,
  RecordIdSchema,
  RecordMetaSchema,
  newRecordMeta,
} from './record';

/**
 * One dated note in a person's journal (logboek) on one expectation of a cycle: a reflection that grows over
 * the school year in short entries, instead of one text overwritten each time.
 */
export const JournalNoteSchema = lazySchema(() =>
  z.extend(RecordMetaSchema, {
    /** The cycle it belongs to. */
    cycleId: RecordIdSchema,
    /** The expectation it is about. */
    expectationCode: ExpectationCodeSchema,
    /** Whose journal it is: only they see, edit or remove it on this device. */
    participantId: RecordIdSchema,
    /** The day it is about (today when it was added, unless changed). */
    date: CalendarDateSchema,
    /** The note itself; an empty note is not kept. */
    text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT_LENGTH)),
  }),
);
export type JournalNote = z.output<typeof JournalNoteSchema>;

/** A new journal note. */
export function createJournalNote(
  input: Pick<JournalNote, 'cycleId' | 'expectationCode' | 'participantId' | 'date' | 'text'>,
  now?: Date,
): JournalNote {
  return JournalNoteSchema.parse({ ...newRecordMeta(now), ...input });
}

/** One person's notes on one expectation, newest day first; notes of the same day newest written first. */
export function journalOf(
  notes: readonly JournalNote[],
  participantId: string | undefined,
  expectationCode: string,
): JournalNote[] {
  return notes
    .filter((note) => note.participantId === participantId && note.expectationCode === expectationCode)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}
