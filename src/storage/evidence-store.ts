import type { Attachment, AttachmentSummary } from '../domain/attachment';
import type { Evidence } from '../domain/evidence';
import { touched } from '../domain/record';
import type { LeersteunspiegelDatabase } from './database';
import { checkEdit } from './edit-guard';
import { InvalidRecordError, withStorageErrors } from './errors';
import { readAttachmentSummaries } from './queries';
import { loadValidation } from './records';
import type { ValidateRecord } from './record-validation';
import { compareCodes } from '../domain/code-order';
import { compareDutch } from '../domain/dutch-order';

/**
 * Stores a piece of evidence with the files added to it and without the files the user removed, in one
 * transaction: the evidence never points to half its files. Everything is validated before anything is
 * written, so a refused file (too large) leaves the database as it was. Returns what was stored.
 */
export async function saveEvidence(
  db: LeersteunspiegelDatabase,
  evidence: Evidence,
  newAttachments: readonly Attachment[],
  removedAttachmentIds: readonly string[],
): Promise<Evidence> {
  const { validateRecord } = await loadValidation();
  const valid = validateRecord('evidence', touched(evidence));
  const attachments = newAttachments.map((attachment) => {
    if (attachment.evidenceId !== valid.id) {
      throw new InvalidRecordError('attachments', [
        { code: 'custom', path: ['evidenceId'], message: 'hoort bij een andere bron', input: attachment },
      ]);
    }
    return validateRecord('attachments', attachment);
  });
  await withStorageErrors(() =>
    db.transaction('rw', [db.evidence, db.attachments, db.cycles, db.settings], async () => {
      await checkEdit(db, 'evidence', valid);
      await db.evidence.put(valid);
      // Only this evidence's own files: a stale or foreign id must not delete another source's attachment.
      await db.attachments
        .where('id')
        .anyOf([...removedAttachmentIds])
        .and((attachment) => attachment.evidenceId === valid.id)
        .delete();
      await db.attachments.bulkAdd(attachments);
    }),
  );
  return valid;
}

/**
 * Takes deleted evidence out of the condition checks that cite it, within the caller's transaction (which must
 * include `conditionChecks`): a check that points to evidence that is gone would make the next backup refused.
 */
export async function unlinkEvidence(
  db: LeersteunspiegelDatabase,
  validateRecord: ValidateRecord,
  evidenceIds: readonly string[],
): Promise<void> {
  const gone = new Set(evidenceIds);
  if (gone.size === 0) return;
  const citing = await db.conditionChecks
    .filter((check) => check.evidenceIds.some((id) => gone.has(id)))
    .toArray();
  await db.conditionChecks.bulkPut(
    citing.map((check) =>
      validateRecord(
        'conditionChecks',
        touched({ ...check, evidenceIds: check.evidenceIds.filter((id) => !gone.has(id)) }),
      ),
    ),
  );
}

/** Deletes a piece of evidence and its attached files together, and takes it out of the condition checks. */
export async function deleteEvidence(db: LeersteunspiegelDatabase, id: string): Promise<void> {
  const { validateRecord } = await loadValidation();
  await withStorageErrors(() =>
    db.transaction(
      'rw',
      [db.evidence, db.attachments, db.conditionChecks, db.cycles, db.settings],
      async () => {
        const evidence = await db.evidence.get(id);
        if (evidence) await checkEdit(db, 'evidence', evidence);
        await db.attachments.where('evidenceId').equals(id).delete();
        await db.evidence.delete(id);
        await unlinkEvidence(db, validateRecord, [id]);
      },
    ),
  );
}

/** The files attached to these pieces of evidence, oldest first, without their contents (see loadAttachmentBytes). */
export async function listAttachmentSummariesFor(
  db: LeersteunspiegelDatabase,
  evidenceIds: readonly string[],
): Promise<AttachmentSummary[]> {
  const wanted = new Set(evidenceIds);
  const files = (await readAttachmentSummaries(db)).filter((file) => wanted.has(file.evidenceId));
  return files.sort(inListOrder);
}

/** One file's bytes, read when the user opens or downloads it; undefined when it is gone. */
export async function loadAttachmentBytes(
  db: LeersteunspiegelDatabase,
  id: string,
): Promise<Uint8Array | undefined> {
  return (await db.attachments.get(id))?.bytes;
}

/** Oldest first; files added at once by name. */
function inListOrder(a: AttachmentSummary, b: AttachmentSummary): number {
  return compareCodes(a.createdAt, b.createdAt) || compareDutch(a.name, b.name);
}

/** The files attached to these pieces of evidence, oldest first, with their contents. */
export async function listAttachmentsFor(
  db: LeersteunspiegelDatabase,
  evidenceIds: readonly string[],
): Promise<Attachment[]> {
  const attachments = await db.attachments
    .where('evidenceId')
    .anyOf([...evidenceIds])
    .toArray();
  return attachments.sort(inListOrder);
}
