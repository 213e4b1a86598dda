import type { Assessment } from '../assessment';
import type { Cycle } from '../cycle';
import { inCycleOrder, nameKey, type Participant } from '../participant';
import { changesNothing, contributionChanges, type ContributionChanges } from './changes';
import { contributedAssessment } from './contributed-assessment';
import type { ContributionFile } from './contribution-file';
import type { TeamFileError } from './file-error';
import { compareDutch } from '../dutch-order';
import { compareCodes } from '../code-order';

/** One file as it came out of reading: its contribution, or why it could not be read. */
export interface ReadContribution {
  fileName: string;
  result: { ok: true; file: ContributionFile } | { ok: false; error: TeamFileError };
}

/** What importing one file would do. */
export type PlanEntry =
  /** A contributor not read in before and on no one's list: becomes a participant, marked as from a file. */
  | { kind: 'new'; fileName: string; file: ContributionFile }
  /** The answer to a personal invitation of a listed participant without judgements yet: lands on them. */
  | { kind: 'personal'; fileName: string; file: ContributionFile; participant: Participant }
  /**
   * From the open invitation, by someone who may be on the list (same name; for an anonymous file, an
   * anonymous listed participant in the same role): the coordinator says who it is, or that it is someone new.
   */
  | { kind: 'match'; fileName: string; file: ContributionFile; candidates: Participant[] }
  /** A contributor read in before whose file changed something: replaces the earlier one once confirmed. */
  | {
      kind: 'replacement';
      fileName: string;
      file: ContributionFile;
      participant: Participant;
      changes: ContributionChanges;
      /** True when this file was made before the one read in earlier. */
      older: boolean;
    }
  /** A contributor read in before, and this file changes nothing. */
  | { kind: 'unchanged'; fileName: string; file: ContributionFile; participant: Participant }
  /** A contribution to another team cycle. */
  | { kind: 'otherCycle'; fileName: string; file: ContributionFile }
  /** Not a readable contribution. */
  | { kind: 'broken'; fileName: string; error: TeamFileError }
  /** Another file in the same batch from the same contributor counts instead (the newest one). */
  | { kind: 'duplicate'; fileName: string; file: ContributionFile; keptFileName: string };

/** The plan for a batch of files, sorted by file name. */
export interface ImportPlan {
  teamCycleId: string;
  entries: PlanEntry[];
}

/** A readable file of this cycle, with its place in the sorted batch (two files may have equal content). */
type Readable = { index: number; fileName: string; file: ContributionFile };

/** Listed participants who have not answered yet and whom an open contribution may come from. */
function candidatesFor(file: ContributionFile, listed: readonly Participant[]): Participant[] {
  const { contributor } = file;
  return listed.filter((participant) =>
    contributor.name === undefined
      ? participant.anonymous && participant.role === contributor.role
      : nameKey(participant.name) === nameKey(contributor.name),
  );
}

/** Orders files by name, then by content, so the same batch gives the same plan whatever order it came in. */
function byNameThenContent(a: ReadContribution, b: ReadContribution): number {
  return (
    compareDutch(a.fileName, b.fileName) || compareCodes(JSON.stringify(a.result), JSON.stringify(b.result))
  );
}

/** Of several files from one contributor, the newest; on a tie the first by name. */
function newestOf(files: readonly Readable[]): Readable {
  return files.reduce((kept, candidate) =>
    candidate.file.exportedAt > kept.file.exportedAt ? candidate : kept,
  );
}

/**
 * What importing a batch of contribution files into a team cycle would do, file by file: answers to personal
 * invitations landing on their participant, open ones that may be someone on the list (to be confirmed),
 * new contributors, replacements (with what changes), unchanged re-imports, and the files refused — for
 * another cycle, unreadable, or superseded by a newer file from the same person in the batch. Pure: reads
 * the cycle's current participants and assessments, writes nothing.
 */
export function planContributionImport(
  cycle: Cycle,
  participants: readonly Participant[],
  assessments: readonly Assessment[],
  files: readonly ReadContribution[],
): ImportPlan {
  const ofCycle = participants.filter((p) => p.cycleId === cycle.id);
  const byContributor = new Map(ofCycle.flatMap((p) => (p.contribution ? [[p.contribution.key, p]] : [])));
  const byId = new Map(ofCycle.map((p) => [p.id, p]));
  /** The participant a file is from: by its key if read in before, else the one its personal invitation named. */
  const participantOf = ({ contributor }: ContributionFile): Participant | undefined =>
    byContributor.get(contributor.key) ??
    (contributor.participantId === undefined ? undefined : byId.get(contributor.participantId));
  // Of several files from one person (one key, or one invited participant), only the newest counts.
  const identityOf = (file: ContributionFile): string => participantOf(file)?.id ?? file.contributor.key;

  const sorted = [...files].sort(byNameThenContent);
  const byIdentity = new Map<string, Readable[]>();
  for (const [index, { fileName, result }] of sorted.entries()) {
    if (result.ok && result.file.teamCycleId === cycle.id) {
      const identity = identityOf(result.file);
      byIdentity.set(identity, [...(byIdentity.get(identity) ?? []), { index, fileName, file: result.file }]);
    }
  }
  const kept = new Map([...byIdentity].map(([identity, candidates]) => [identity, newestOf(candidates)]));
  const unanswered = inCycleOrder(ofCycle.filter((p) => p.origin === 'added' && !p.contribution));

  const entries = sorted.map(({ fileName, result }, index): PlanEntry => {
    if (!result.ok) return { kind: 'broken', fileName, error: result.error };
    const { file } = result;
    if (file.teamCycleId !== cycle.id) return { kind: 'otherCycle', fileName, file };
    const winner = kept.get(identityOf(file));
    if (winner && winner.index !== index) {
      return { kind: 'duplicate', fileName, file, keptFileName: winner.fileName };
    }
    const participant = participantOf(file);
    if (!participant) {
      const candidates = candidatesFor(file, unanswered);
      return candidates.length > 0
        ? { kind: 'match', fileName, file, candidates }
        : { kind: 'new', fileName, file };
    }
    const stored = assessments
      .filter((a) => a.cycleId === cycle.id && a.participantId === participant.id)
      .map(contributedAssessment);
    // A listed participant who had nothing yet simply receives their answer.
    if (!participant.contribution && stored.length === 0) {
      return { kind: 'personal', fileName, file, participant };
    }
    const changes = contributionChanges(participant, stored, file, cycle.scope);
    if (changesNothing(changes)) return { kind: 'unchanged', fileName, file, participant };
    const older = file.exportedAt < (participant.contribution?.exportedAt ?? '');
    return { kind: 'replacement', fileName, file, participant, changes, older };
  });
  return { teamCycleId: cycle.id, entries };
}
