import type * as z from 'zod/mini';
import type { RecordMetaSchema } from './record-schema';

// The schemas of these shapes are in record-schema.ts: zod is loaded where a record is checked (a write, an
// import), not by every page that only needs an id or a timestamp.

/** Upper bound for one free-text field: generous for a justification, small enough to refuse a pasted database. */
export const MAX_TEXT_LENGTH = 20_000;

/** The most characters a label (a name, an own statement) may have. */
export const LABEL_MAX_LENGTH = 300;

/** A record id: a random UUID, so records made on different laptops never collide when merged. */
export type RecordId = string;

/** The fields every persisted record has: its id, when it was first saved and last changed. */
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
