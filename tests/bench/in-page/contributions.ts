import { createAssessment } from '../../../src/domain/assessment';
import {
  CONTRIBUTION_FILE,
  createContributionFile,
} from '../../../src/domain/contribution/contribution-file';
import { buildImport } from '../../../src/domain/contribution/import-records';
import { planContributionImport, type ReadContribution } from '../../../src/domain/contribution/import-plan';
import { readTeamFile, serialiseTeamFile } from '../../../src/domain/contribution/read-file';
import { createCycle } from '../../../src/domain/cycle-schema';
import { LEVEL_IDS } from '../../../src/domain/framework/scale';
import { PARTICIPANT_ROLES } from '../../../src/domain/participant';
import { newRecordId } from '../../../src/domain/record';
import { writeContributionImport } from '../../../src/storage/contribution-store';
import { loadCycleData } from '../../../src/storage/cycle-store';
import type { LeersteunspiegelDatabase } from '../../../src/storage/database';
import { saveRecord } from '../../../src/storage/records';
import { contributions as contributionText } from '../../../src/ui/strings/contributions';

/**
 * A new team cycle over all 17 expectations and n contribution files for it, each from its own member with
 * 17 ratings and a justification, made by the same code a member's export uses.
 */
export async function contributionFiles(
  db: LeersteunspiegelDatabase,
  n: number,
): Promise<{ cycleId: string; files: File[] }> {
  const team = await saveRecord(
    db,
    'cycles',
    createCycle({ title: 'Bevraging 60 leerondersteuners', schoolYear: '2026-2027', mode: 'team' }),
  );
  const files = Array.from({ length: n }, (_, index) => {
    const member = createCycle({
      title: team.title,
      schoolYear: team.schoolYear,
      mode: 'individual',
      invitation: {
        teamCycleId: team.id,
        roles: [...PARTICIPANT_ROLES],
        anonymousAllowed: true,
        contributorKey: newRecordId(),
      },
    });
    const self = newRecordId();
    const assessments = member.scope.map((code, position) => ({
      ...createAssessment({
        cycleId: member.id,
        expectationCode: code,
        kind: 'individual',
        participantId: self,
      }),
      rating: LEVEL_IDS[(index + position) % 3] ?? 'meets',
      justification: `Lid ${index + 1} over ${code}: wat ik zie in mijn trajecten.`,
    }));
    const file = createContributionFile(member, self, assessments, {
      name: `Lid ${index + 1}`,
      role: 'supportStaff',
      anonymous: index % 4 === 0,
    });
    return new File([serialiseTeamFile(file)], `bijdrage-${index + 1}.json`, { type: 'application/json' });
  });
  return { cycleId: team.id, files };
}

/** The coordinator's import of the chosen files: read each, plan, build the records, one transaction. */
export async function importContributions(
  db: LeersteunspiegelDatabase,
  cycleId: string,
  files: readonly File[],
): Promise<number> {
  const read: ReadContribution[] = [];
  for (const file of files) {
    read.push({
      fileName: file.name,
      result: {
        ok: true,
        file: await readTeamFile(new Uint8Array(await file.arrayBuffer()), CONTRIBUTION_FILE),
      },
    });
  }
  const data = await loadCycleData(db, cycleId);
  if (!data) throw new Error(`no cycle ${cycleId}`);
  const plan = planContributionImport(data.cycle, data.participants, data.assessments, read);
  const outcome = buildImport(
    plan,
    data.cycle,
    data.participants,
    data.assessments,
    new Set(),
    contributionText.alias,
  );
  await writeContributionImport(db, cycleId, outcome.records);
  return outcome.added.length;
}
