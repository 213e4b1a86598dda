import type * as z from 'zod/mini';
import type { AttachmentSchema } from './attachment-schema';

/** Largest file a user can attach; larger files belong on the school's own drive, linked from the evidence. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** A file attached to a piece of evidence: its metadata and its bytes. */
export type Attachment = z.output<typeof AttachmentSchema>;

/** What a list of files shows of one, and what says which to open: everything but its bytes and last change. */
export type AttachmentSummary = Omit<Attachment, 'bytes' | 'updatedAt'>;
