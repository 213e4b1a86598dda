import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, type Attachment } from '../../../src/domain/attachment';
import { createAttachment } from '../../../src/domain/attachment-schema';
import { createConditionCheck } from '../../../src/domain/condition-check-schema';
import { createCycle } from '../../../src/domain/cycle-schema';
import { createEvidence } from '../../../src/domain/evidence-schema';
import { InvalidRecordError } from '../../../src/storage/errors';
import {
  deleteEvidence,
  listAttachmentSummariesFor,
  listAttachmentsFor,
  loadAttachmentBytes,
  saveEvidence,
} from '../../../src/storage/evidence-store';
import { dumpDatabase, freshDatabase } from './test-database';

const cycle = createCycle({ title: 'Zelfevaluatie 2026-2027', schoolYear: '2026-2027', mode: 'team' });
const evidence = createEvidence({
  cycleId: cycle.id,
  title: 'Verslag leersteunraad',
  kind: 'report',
  expectationCodes: ['M2'],
});

function file(evidenceId: string, name: string, content = `inhoud van ${name}`): Attachment {
  return createAttachment({
    evidenceId,
    name,
    bytes: new TextEncoder().encode(content),
    type: 'application/pdf',
  });
}

function contents(attachments: readonly Attachment[]): Record<string, string> {
  return Object.fromEntries(attachments.map((a) => [a.name, new TextDecoder().decode(a.bytes)] as const));
}

describe('saveEvidence', () => {
  it('stores the evidence with its files, stamping updatedAt', async () => {
    const db = freshDatabase();
    const saved = await saveEvidence(
      db,
      evidence,
      [file(evidence.id, 'verslag.pdf'), file(evidence.id, 'bijlage.pdf')],
      [],
    );
    expect(saved.updatedAt >= evidence.updatedAt).toBe(true);
    expect(await db.evidence.get(evidence.id)).toEqual(saved);
    expect(contents(await listAttachmentsFor(db, [evidence.id]))).toEqual({
      'verslag.pdf': 'inhoud van verslag.pdf',
      'bijlage.pdf': 'inhoud van bijlage.pdf',
    });
  });

  it('replaces one file and keeps the others', async () => {
    const db = freshDatabase();
    const old = file(evidence.id, 'oud.pdf');
    const kept = file(evidence.id, 'blijft.pdf');
    await saveEvidence(db, evidence, [old, kept], []);

    await saveEvidence(
      db,
      { ...evidence, title: 'Verslag leersteunraad (herzien)' },
      [file(evidence.id, 'nieuw.pdf')],
      [old.id],
    );

    expect((await db.evidence.get(evidence.id))?.title).toBe('Verslag leersteunraad (herzien)');
    expect(Object.keys(contents(await listAttachmentsFor(db, [evidence.id]))).sort()).toEqual([
      'blijft.pdf',
      'nieuw.pdf',
    ]);
  });

  it("never removes another source's file, even when asked to", async () => {
    const db = freshDatabase();
    const other = createEvidence({ cycleId: cycle.id, title: 'Bevraging ouders', kind: 'survey' });
    const foreign = file(other.id, 'bevraging.pdf');
    await saveEvidence(db, other, [foreign], []);
    await saveEvidence(db, evidence, [], [foreign.id]);
    expect(await db.attachments.get(foreign.id)).toBeDefined();
  });

  it('refuses a file over the size limit and writes nothing at all', async () => {
    const db = freshDatabase();
    await saveEvidence(db, evidence, [file(evidence.id, 'verslag.pdf')], []);
    const before = await dumpDatabase(db);

    const blob = new Blob([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], { type: 'application/pdf' });
    const tooLarge = { ...file(evidence.id, 'te-groot.pdf'), blob, size: blob.size };
    await expect(
      saveEvidence(db, { ...evidence, title: 'Gewijzigd' }, [tooLarge], []),
    ).rejects.toBeInstanceOf(InvalidRecordError);

    expect(await dumpDatabase(db)).toBe(before);
  });

  it('refuses a file that points to another piece of evidence', async () => {
    const db = freshDatabase();
    const stray = file(crypto.randomUUID(), 'elders.pdf');
    await expect(saveEvidence(db, evidence, [stray], [])).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.evidence.count()).toBe(0);
  });

  it('refuses evidence without a title, writing nothing', async () => {
    const db = freshDatabase();
    await expect(
      saveEvidence(db, { ...evidence, title: '  ' }, [file(evidence.id, 'verslag.pdf')], []),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.attachments.count()).toBe(0);
  });
});

describe('listAttachmentSummariesFor and loadAttachmentBytes', () => {
  it("lists the sources' files, oldest first, without their bytes, and reads one file's bytes when it is opened", async () => {
    const db = freshDatabase();
    const other = createEvidence({
      cycleId: cycle.id,
      title: 'Visietekst',
      kind: 'document',
      expectationCodes: [],
    });
    const first = createAttachment(
      {
        evidenceId: evidence.id,
        name: 'verslag.pdf',
        bytes: new TextEncoder().encode('eerst'),
        type: 'application/pdf',
      },
      new Date('2026-10-01T08:00:00.000Z'),
    );
    const second = createAttachment(
      { evidenceId: evidence.id, name: 'bijlage.png', bytes: new Uint8Array([1, 2, 3]), type: 'image/png' },
      new Date('2026-10-02T08:00:00.000Z'),
    );
    await saveEvidence(db, evidence, [second, first], []);
    await saveEvidence(db, other, [file(other.id, 'visie.pdf')], []);

    const listed = await listAttachmentSummariesFor(db, [evidence.id]);
    expect(listed).toEqual(
      [first, second].map(({ id, evidenceId, createdAt, name, type, size }) => ({
        id,
        evidenceId,
        createdAt,
        name,
        type,
        size,
      })),
    );
    expect(listed[0]).not.toHaveProperty('bytes');
    expect(new TextDecoder().decode(await loadAttachmentBytes(db, first.id))).toBe('eerst');

    await saveEvidence(db, evidence, [], [first.id]);
    expect(await loadAttachmentBytes(db, first.id)).toBeUndefined();
    expect((await listAttachmentSummariesFor(db, [evidence.id, other.id])).map((f) => f.name)).toEqual([
      'bijlage.png',
      'visie.pdf',
    ]);
  });
});

describe('deleteEvidence', () => {
  it('deletes the evidence and its files, and nothing else', async () => {
    const db = freshDatabase();
    const other = createEvidence({ cycleId: cycle.id, title: 'Bevraging ouders', kind: 'survey' });
    await saveEvidence(db, evidence, [file(evidence.id, 'a.pdf'), file(evidence.id, 'b.pdf')], []);
    await saveEvidence(db, other, [file(other.id, 'c.pdf')], []);

    await deleteEvidence(db, evidence.id);

    expect(await db.evidence.get(evidence.id)).toBeUndefined();
    expect(await listAttachmentsFor(db, [evidence.id])).toEqual([]);
    expect((await listAttachmentsFor(db, [evidence.id, other.id])).map((a) => a.name)).toEqual(['c.pdf']);
    expect(await db.evidence.get(other.id)).toBeDefined();
  });
});

describe('deleteEvidence and condition checks', () => {
  it('takes the evidence out of the checks that cite it, stamping them, and leaves other checks alone', async () => {
    const db = freshDatabase();
    const other = createEvidence({ cycleId: cycle.id, title: 'Bevraging ouders', kind: 'survey' });
    await saveEvidence(db, evidence, [], []);
    await saveEvidence(db, other, [], []);
    const citing = createConditionCheck(
      { cycleId: cycle.id, conditionId: 'visionPolicy', evidenceIds: [evidence.id, other.id] },
      new Date('2026-01-01T00:00:00Z'),
    );
    const unrelated = createConditionCheck(
      { cycleId: cycle.id, conditionId: 'bothLevels', evidenceIds: [other.id] },
      new Date('2026-01-01T00:00:00Z'),
    );
    await db.conditionChecks.bulkAdd([citing, unrelated]);

    await deleteEvidence(db, evidence.id);

    const after = await db.conditionChecks.get(citing.id);
    expect(after?.evidenceIds).toEqual([other.id]);
    expect(after && after.updatedAt > citing.updatedAt).toBe(true);
    expect(await db.conditionChecks.get(unrelated.id)).toEqual(unrelated);
  });
});
