import 'fake-indexeddb/auto';
import { createAttachment } from '../../src/domain/attachment-schema';
import { createBackup } from '../../src/storage/backup/write-backup';
import { LeersteunspiegelDatabase } from '../../src/storage/database';
import { teamFixture, type TeamFixture } from '../unit/domain/report/fixture-cycle';
import { smallPdf } from './files';

/**
 * The report tests' team cycle (17 expectations, three participants, consensus on some, evidence, actions, and
 * the team's recommendations, checks of the conditions and bevragingen when the variant has them)
 * as a backup file, made by the app's own backup code in an in-memory database, for the test to restore
 * through the data view. A test may pass a variant of the fixture.
 */
export async function teamCycleBackup(
  fixture: TeamFixture = teamFixture(),
): Promise<{ file: Buffer; fixture: TeamFixture }> {
  const { input } = fixture;
  const db = new LeersteunspiegelDatabase(`e2e-${crypto.randomUUID()}`);
  const attachments = input.evidence.flatMap((item) =>
    (input.attachmentNames.get(item.id) ?? []).map((name) =>
      createAttachment({
        evidenceId: item.id,
        name,
        bytes: new Uint8Array(smallPdf(name)),
        type: 'application/pdf',
      }),
    ),
  );
  await db.transaction(
    'rw',
    [
      db.lscProfiles,
      db.cycles,
      db.participants,
      db.assessments,
      db.evidence,
      db.attachments,
      db.actions,
      db.recommendations,
      db.conditionChecks,
      db.surveys,
      db.surveyResponses,
    ],
    async () => {
      await db.lscProfiles.put(input.profile);
      await db.cycles.bulkPut([input.cycle, ...(input.previous ? [input.previous.cycle] : [])]);
      await db.participants.bulkPut([...input.participants, ...(input.previous?.participants ?? [])]);
      await db.assessments.bulkPut([...input.assessments, ...(input.previous?.assessments ?? [])]);
      await db.evidence.bulkPut([...input.evidence]);
      await db.attachments.bulkPut(attachments);
      await db.actions.bulkPut([...input.actions, ...(input.previous?.actions ?? [])]);
      await db.recommendations.bulkPut([...(input.recommendations ?? [])]);
      await db.conditionChecks.bulkPut([...(input.conditionChecks ?? [])]);
      await db.surveys.bulkPut([...(input.surveys ?? [])]);
      await db.surveyResponses.bulkPut([...(input.surveyResponses ?? [])]);
    },
  );
  const { bytes } = await createBackup(db);
  db.close();
  return { file: Buffer.from(bytes), fixture };
}
