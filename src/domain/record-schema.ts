import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { LABEL_MAX_LENGTH, MAX_TEXT_LENGTH } from './record';
import './validation-language';

/** A record id: a random UUID, so records made on different laptops never collide when merged. */
export const RecordIdSchema = lazySchema(() => z.uuid());

/** A moment as an ISO 8601 UTC timestamp (`2026-11-24T09:15:00.000Z`). */
export const TimestampSchema = lazySchema(() => z.iso.datetime());

/** A calendar date without time (`2026-11-24`). */
export const CalendarDateSchema = lazySchema(() => z.iso.date());

/** Free text a user typed: any characters, bounded length; shown as text, never as markup. */
export const FreeTextSchema = lazySchema(() => z.string().check(z.maxLength(MAX_TEXT_LENGTH)));

/** A short label a user typed: a name, a title. */
export const LabelSchema = lazySchema(() =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(LABEL_MAX_LENGTH)),
);

/** The fields every persisted record has. */
export const RecordMetaSchema = lazySchema(() =>
  z.object({
    /** Random UUID, stable for the record's whole life. */
    id: RecordIdSchema,
    /** When the record was first saved. */
    createdAt: TimestampSchema,
    /** When the record was last changed; the newer one wins when two copies are merged. */
    updatedAt: TimestampSchema,
  }),
);
