import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { ExpectationCodeSchema } from './framework/expectation-code-schema';
import { MAX_TEXT_LENGTH } from './record';
import { CalendarDateSchema, RecordIdSchema, RecordMetaSchema } from './record-schema';
import type { JournalNote } from './journal-note';
import { newRecordMeta } from './record';

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

/** A new journal note. */
export function createJournalNote(
  input: Pick<JournalNote, 'cycleId' | 'expectationCode' | 'participantId' | 'date' | 'text'>,
  now?: Date,
): JournalNote {
  return JournalNoteSchema.parse({ ...newRecordMeta(now), ...input });
}
