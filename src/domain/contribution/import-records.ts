import { type Assessment, type GoodPractice } from '../assessment';
import { AssessmentSchema } from '../assessment-schema';
import type { Cycle } from '../cycle';
import { type Participant } from '../participant';
import { ParticipantSchema } from '../participant-schema';
import { newRecordMeta, touched } from '../record';
import type { ContributedGoodPractice, ContributionFile } from './contribution-file';
import type { ImportPlan, PlanEntry } from './import-plan';
import { compareCodes } from '../code-order';

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
  /** Listed participants whose contribution arrived (personal invitation, or confirmed as them). */
  landed: Participant[];
  /** Participants added, as they will be named (an alias for anonymous contributors). */
  added: Participant[];
  replaced: Participant[];
  /** Entries not imported: refused files, unchanged files, and replacements the user did not confirm. */
  skipped: PlanEntry[];
}

/** A member's good practice as the team cycle keeps it: no evidence of its own, each criterion's backing noted. */
function goodPracticeOf(contributed: ContributedGoodPractice): GoodPractice {
  return {
    description: contributed.description,
    criteria: contributed.criteria.map(({ criterionId, met, backed }) => ({
      criterionId,
      met,
      evidenceIds: [],
      backedByMember: backed,
    })),
  };
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
    .map(({ goodPractice, ...contributed }) => {
      const earlier = previous.get(contributed.expectationCode);
      const meta = earlier
        ? touched({ id: earlier.id, createdAt: earlier.createdAt, updatedAt: earlier.updatedAt }, now)
        : newRecordMeta(now);
      return AssessmentSchema.parse({
        ...meta,
        ...contributed,
        ...(goodPractice ? { goodPractice: goodPracticeOf(goodPractice) } : {}),
        cycleId: cycle.id,
        kind: 'individual',
        participantId,
      });
    });
}

/** How the coordinator answered "Is dit …?" for an open contribution: a listed participant's id, or `new`. */
export type MatchChoice = string | 'new';

/**
 * The records an import plan writes: for each answer to a personal invitation, and each open contribution
 * the coordinator said is someone on the list (`matches`, by contributor key), that participant with the
 * contribution; a participant marked as from a file per new contributor, and per open contribution she said
 * is someone new (anonymous ones named by `aliasOf`, numbered on from the names in use, in key order so the
 * batch's order does not matter); and for each replacement in `confirmed` (contributor keys) the participant
 * updated and their judgements replaced. An open contribution she has not answered for is left out: nothing
 * makes a duplicate without her say. Judgements of expectations outside the cycle's scope are left out.
 * Existing records are never touched otherwise.
 */
export function buildImport(
  plan: ImportPlan,
  cycle: Cycle,
  participants: readonly Participant[],
  assessments: readonly Assessment[],
  confirmed: ReadonlySet<string>,
  aliasOf: (number: number) => string,
  now: Date = new Date(),
  matches: ReadonlyMap<string, MatchChoice> = new Map(),
): ImportOutcome {
  const outcome: ImportOutcome = {
    records: { participants: [], assessments: [], removedAssessmentIds: [] },
    landed: [],
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
  const contributionOf = (file: ContributionFile, version: number, personal: boolean) => ({
    key: file.contributor.key,
    exportedAt: file.exportedAt,
    receivedAt: now.toISOString(),
    version,
    personal,
  });
  /** Writes a contribution onto a participant who is there already, replacing what they had. */
  const writeOnto = (earlier: Participant, participant: Participant, file: ContributionFile): void => {
    const previous = new Map(
      assessments
        .filter((a) => a.cycleId === cycle.id && a.participantId === earlier.id)
        .map((a) => [a.expectationCode, a]),
    );
    const replacing = assessmentsOf(cycle, participant.id, file, previous, now);
    const kept = new Set(replacing.map((a) => a.id));
    outcome.records.participants.push(participant);
    outcome.records.assessments.push(...replacing);
    outcome.records.removedAssessmentIds.push(
      ...[...previous.values()].filter((a) => !kept.has(a.id)).map((a) => a.id),
    );
  };
  /** A listed participant receiving their contribution: the list keeps their name; the file says their role. */
  const land = (listed: Participant, file: ContributionFile, personal: boolean): void => {
    const participant = ParticipantSchema.parse(
      touched(
        {
          ...listed,
          role: file.contributor.role,
          anonymous: listed.anonymous || file.contributor.anonymous,
          contribution: contributionOf(file, 1, personal),
        },
        now,
      ),
    );
    outcome.landed.push(participant);
    writeOnto(listed, participant, file);
  };

  const landedIds = new Set<string>();
  const newFiles: ContributionFile[] = [];
  for (const entry of plan.entries) {
    if (entry.kind === 'new') {
      newFiles.push(entry.file);
    } else if (entry.kind === 'personal') {
      landedIds.add(entry.participant.id);
      land(entry.participant, entry.file, true);
    } else if (entry.kind === 'match') {
      const choice = matches.get(entry.file.contributor.key);
      const listed = entry.candidates.find((candidate) => candidate.id === choice);
      if (choice === 'new') newFiles.push(entry.file);
      // Two open files said to be the same person: the first one chosen counts, the other waits.
      else if (listed && !landedIds.has(listed.id)) {
        landedIds.add(listed.id);
        land(listed, entry.file, false);
      } else outcome.skipped.push(entry);
    } else if (entry.kind === 'replacement' && confirmed.has(entry.file.contributor.key)) {
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
            contribution: contributionOf(
              file,
              (earlier.contribution?.version ?? 0) + 1,
              earlier.contribution?.personal ?? contributor.participantId !== undefined,
            ),
          },
          now,
        ),
      );
      outcome.replaced.push(participant);
      writeOnto(earlier, participant, file);
    } else {
      outcome.skipped.push(entry);
    }
  }

  newFiles.sort((a, b) => compareCodes(a.contributor.key, b.contributor.key));
  for (const file of newFiles) {
    const { contributor } = file;
    const participant = ParticipantSchema.parse({
      ...newRecordMeta(now),
      cycleId: cycle.id,
      name: contributor.name ?? nextAlias(),
      role: contributor.role,
      anonymous: contributor.anonymous,
      origin: 'file',
      contribution: contributionOf(file, 1, false),
    });
    outcome.added.push(participant);
    outcome.records.participants.push(participant);
    outcome.records.assessments.push(...assessmentsOf(cycle, participant.id, file, new Map(), now));
  }
  return outcome;
}
