import { describe, expect, it } from 'vitest';
import { createAttachment } from '../../../src/domain/attachment-schema';
import { createCycle } from '../../../src/domain/cycle-schema';
import { createEvidence } from '../../../src/domain/evidence-schema';
import { deleteEvidence, saveEvidence } from '../../../src/storage/evidence-store';
import { countRecords } from '../../../src/storage/queries';
import { freshDatabase } from './test-database';

describe('countRecords, what the data page shows is stored', () => {
  const cycle = createCycle({ title: 'Zelfevaluatie 2026-2027', schoolYear: '2026-2027', mode: 'team' });
  const source = (title: string) =>
    createEvidence({ cycleId: cycle.id, title, kind: 'report', expectationCodes: ['M2'] });
  const file = (evidenceId: string, bytes: number) =>
    createAttachment({
      evidenceId,
      name: 'verslag.pdf',
      bytes: new Uint8Array(bytes),
      type: 'application/pdf',
    });

  it('counts the records of each table and adds up the size of every file, as files come and go', async () => {
    const db = freshDatabase();
    await db.cycles.add(cycle);
    const report = source('Verslag leersteunraad');
    const vision = source('Visietekst');
    const first = file(report.id, 1000);
    await saveEvidence(db, report, [first, file(report.id, 250)], []);
    await saveEvidence(db, vision, [file(vision.id, 4096)], []);
    expect(await countRecords(db)).toMatchObject({
      counts: { cycles: 1, evidence: 2, attachments: 3, assessments: 0 },
      attachmentBytes: 5346,
    });

    await saveEvidence(db, report, [file(report.id, 10)], [first.id]);
    await deleteEvidence(db, vision.id);
    expect(await countRecords(db)).toMatchObject({
      counts: { evidence: 1, attachments: 2 },
      attachmentBytes: 260,
    });
  });
});
