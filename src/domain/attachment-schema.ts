import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { RecordIdSchema, RecordMetaSchema } from './record-schema';
import { MAX_ATTACHMENT_BYTES } from './attachment';
import type { Attachment } from './attachment';
import { newRecordMeta } from './record';

/** A file attached to a piece of evidence: its metadata and its bytes. */
export const AttachmentSchema = lazySchema(() =>
  z
    .extend(RecordMetaSchema, {
      /** The evidence it belongs to. */
      evidenceId: RecordIdSchema,
      /** The file name as the user chose it. */
      name: z.string().check(z.trim(), z.minLength(1), z.maxLength(255)),
      /** Its media type (`application/pdf`); empty when the browser did not know. */
      type: z._default(z.string().check(z.maxLength(255)), ''),
      /** Its size in bytes. */
      size: z.number().check(z.int(), z.gte(0), z.lte(MAX_ATTACHMENT_BYTES)),
      /** The file's bytes: not a Blob, which WebKit refuses to store in a private window. */
      bytes: z.instanceof(Uint8Array),
    })
    .check(
      z.refine((attachment) => attachment.bytes.byteLength === attachment.size, {
        error: 'de grootte klopt niet met het bestand',
        path: ['size'],
      }),
    ),
);

/** A new attachment holding the given file's bytes and media type. */
export function createAttachment(
  input: { evidenceId: string; name: string; bytes: Uint8Array; type: string },
  now?: Date,
): Attachment {
  return AttachmentSchema.parse({
    ...newRecordMeta(now),
    evidenceId: input.evidenceId,
    name: input.name,
    type: input.type,
    size: input.bytes.byteLength,
    bytes: input.bytes,
  });
}
