import type { Assessment } from '../assessment';
import { AssessmentSchema } from '../assessment';
import type { Cycle } from '../cycle';
import { ParticipantSchema, type Participant } from '../participant';
import { newRecordMeta, touched } from '../record';
import type { ContributionFile } from './contribution-file';
import type { ImportPlan, PlanEntry } from './import-plan';

/** What an import writes into the team cycle, in one transaction. */
export interface ImportRecords {
  /** New participants and the updated ones of replaced contributions. */
  participants: Participant[];
  /** The judgements of new and replaced contributions. */
  assessments: Assessment[];
  /** Judgements of a replaced contribution for expectations its new file no longer has. */
  removedAssessmentIds: string[];
}

/** What an import comes to: the records to write and, for the summary, who was added, replaced or skipped. */
export interface ImportOutcome {
  records: ImportRecords;
  /** Participants added, as they will be named (an alias for anonymous contributors). */
  added: Participant[];
  replaced: Participant[];
  /** Entries not imported: refused files, unchanged files, and replacements the user did not confirm. */
  skipped: PlanEntry[];
}

/** The judgements of a contribution as a participant's assessments in the team cycle, reusing ids per expectation. */
function assessmentsOf(
  cycle: Cycle,
  participantId: string,
  file: ContributionFile,
  previous: ReadonlyMap<string, Assessment>,
  now: Date,
): Assessment[] {
  return file.assessments
    .filter((contributed) => cycle.scope.includes(contributed.expectationCode))
    .map((contributed) => {
      const earlier = previous.get(contributed.expectationCode);
      const meta = earlier
        ? touched({ id: earlier.id, createdAt: earlier.createdAt, updatedAt: earlier.updatedAt }, now)
        : newRecordMeta(now);
      return AssessmentSchema.parse({
        ...meta,
        ...contributed,
        cycleId: cycle.id,
        kind: 'individual',
        participantId,
      });
    });
}

/**
 * The records an import plan writes: a participant per new contributor (anonymous ones named by `aliasOf`,
 * numbered on from the names in use, in key order so the batch's order does not matter), and for each
 * replacement in `confirmed` (contributor keys) the participant updated and their judgements replaced.
 * Judgements of expectations outside the cycle's scope are left out. Existing records are never touched
 * otherwise.
 */
export function buildImport(
  plan: ImportPlan,
  cycle: Cycle,
  participants: readonly Participant[],
  assessments: readonly Assessment[],
  confirmed: ReadonlySet<string>,
  aliasOf: (number: number) => string,
  now: Date = new Date(),
): ImportOutcome {
  const outcome: ImportOutcome = {
    records: { participants: [], assessments: [], removedAssessmentIds: [] },
    added: [],
    replaced: [],
    skipped: [],
  };
  const namesInUse = new Set(participants.filter((p) => p.cycleId === cycle.id).map((p) => p.name));
  let aliasNumber = 0;
  const nextAlias = (): string => {
    let alias: string;
    do alias = aliasOf(++aliasNumber);
    while (namesInUse.has(alias));
    namesInUse.add(alias);
    return alias;
  };
  const newEntries = plan.entries
    .flatMap((entry) => (entry.kind === 'new' ? [entry] : []))
    .sort((a, b) => a.file.contributor.key.localeCompare(b.file.contributor.key));

  for (const { file } of newEntries) {
    const { contributor } = file;
    const participant = ParticipantSchema.parse({
      ...newRecordMeta(now),
      cycleId: cycle.id,
      name: contributor.name ?? nextAlias(),
      role: contributor.role,
      anonymous: contributor.anonymous,
      contribution: { key: contributor.key, exportedAt: file.exportedAt },
    });
    outcome.added.push(participant);
    outcome.records.participants.push(participant);
    outcome.records.assessments.push(...assessmentsOf(cycle, participant.id, file, new Map(), now));
  }

  for (const entry of plan.entries) {
    if (entry.kind === 'new') continue;
    if (entry.kind !== 'replacement' || !confirmed.has(entry.file.contributor.key)) {
      outcome.skipped.push(entry);
      continue;
    }
    const { file, participant: earlier } = entry;
    const { contributor } = file;
    const participant = ParticipantSchema.parse(
      touched(
        {
          ...earlier,
          // An anonymous contributor keeps their alias; one who gives up anonymity takes their name.
          name: contributor.name ?? (earlier.anonymous ? earlier.name : nextAlias()),
          role: contributor.role,
          anonymous: contributor.anonymous,
          contribution: { key: contributor.key, exportedAt: file.exportedAt },
        },
        now,
      ),
    );
    const previous = new Map(
      assessments
        .filter((a) => a.cycleId === cycle.id && a.participantId === earlier.id)
        .map((a) => [a.expectationCode, a]),
    );
    const replacing = assessmentsOf(cycle, participant.id, file, previous, now);
    const kept = new Set(replacing.map((a) => a.id));
    outcome.replaced.push(participant);
    outcome.records.participants.push(participant);
    outcome.records.assessments.push(...replacing);
    outcome.records.removedAssessmentIds.push(
      ...[...previous.values()].filter((a) => !kept.has(a.id)).map((a) => a.id),
    );
  }
  return outcome;
}
