import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import './validation-language';

/** Upper bound for one free-text field: generous for a justification, small enough to refuse a pasted database. */
export const MAX_TEXT_LENGTH = 20_000;

/** A record id: a random UUID, so records made on different laptops never collide when merged. */
export const RecordIdSchema = lazySchema(() => z.uuid());
export type RecordId = z.output<typeof RecordIdSchema>;

/** A moment as an ISO 8601 UTC timestamp (`2026-11-24T09:15:00.000Z`). */
export const TimestampSchema = lazySchema(() => z.iso.datetime());

/** A calendar date without time (`2026-11-24`). */
export const CalendarDateSchema = lazySchema(() => z.iso.date());

/** Free text a user typed: any characters, bounded length; shown as text, never as markup. */
export const FreeTextSchema = lazySchema(() => z.string().check(z.maxLength(MAX_TEXT_LENGTH)));

/** A short label a user typed: a name, a title. */
/** The most characters a label (a name, an own statement) may have. */
export const LABEL_MAX_LENGTH = 300;
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
export type RecordMeta = z.output<typeof RecordMetaSchema>;

/** A random UUID v4; falls back to getRandomValues where randomUUID is missing (pages served over plain HTTP). */
export function newRecordId(): RecordId {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Fresh meta fields for a record created now. */
export function newRecordMeta(now: Date = new Date()): RecordMeta {
  const timestamp = now.toISOString();
  return { id: newRecordId(), createdAt: timestamp, updatedAt: timestamp };
}

/** The record with its `updatedAt` moved to now (never backwards, even if the clock was set back). */
export function touched<T extends Pick<RecordMeta, 'updatedAt'>>(record: T, now: Date = new Date()): T {
  const timestamp = now.toISOString();
  return { ...record, updatedAt: timestamp > record.updatedAt ? timestamp : record.updatedAt };
}
