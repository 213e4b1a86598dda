import type { Assessment } from '../assessment';
import type { Cycle } from '../cycle';
import type { Participant } from '../participant';
import { changesNothing, contributionChanges, type ContributionChanges } from './changes';
import { contributedAssessment, type ContributionFile } from './contribution-file';
import type { TeamFileError } from './file-error';

/** One file as it came out of reading: its contribution, or why it could not be read. */
export interface ReadContribution {
  fileName: string;
  result: { ok: true; file: ContributionFile } | { ok: false; error: TeamFileError };
}

/** What importing one file would do. */
export type PlanEntry =
  /** A contributor not read in before: becomes a participant. */
  | { kind: 'new'; fileName: string; file: ContributionFile }
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

/** Orders files by name, then by content, so the same batch gives the same plan whatever order it came in. */
function byNameThenContent(a: ReadContribution, b: ReadContribution): number {
  return (
    a.fileName.localeCompare(b.fileName, 'nl') ||
    JSON.stringify(a.result).localeCompare(JSON.stringify(b.result))
  );
}

/** Of several files from one contributor, the newest; on a tie the first by name. */
function newestOf(files: readonly Readable[]): Readable {
  return files.reduce((kept, candidate) =>
    candidate.file.exportedAt > kept.file.exportedAt ? candidate : kept,
  );
}

/**
 * What importing a batch of contribution files into a team cycle would do, file by file: new contributors,
 * replacements (with what changes), unchanged re-imports, and the files refused — for another cycle,
 * unreadable, or superseded by a newer file from the same contributor in the batch. Pure: reads the cycle's
 * current participants and assessments, writes nothing.
 */
export function planContributionImport(
  cycle: Cycle,
  participants: readonly Participant[],
  assessments: readonly Assessment[],
  files: readonly ReadContribution[],
): ImportPlan {
  const sorted = [...files].sort(byNameThenContent);
  const byKey = new Map<string, Readable[]>();
  for (const [index, { fileName, result }] of sorted.entries()) {
    if (result.ok && result.file.teamCycleId === cycle.id) {
      const key = result.file.contributor.key;
      byKey.set(key, [...(byKey.get(key) ?? []), { index, fileName, file: result.file }]);
    }
  }
  const kept = new Map([...byKey].map(([key, candidates]) => [key, newestOf(candidates)]));
  const byContributor = new Map(
    participants.filter((p) => p.cycleId === cycle.id && p.contribution).map((p) => [p.contribution?.key, p]),
  );

  const entries = sorted.map(({ fileName, result }, index): PlanEntry => {
    if (!result.ok) return { kind: 'broken', fileName, error: result.error };
    const { file } = result;
    if (file.teamCycleId !== cycle.id) return { kind: 'otherCycle', fileName, file };
    const winner = kept.get(file.contributor.key);
    if (winner && winner.index !== index) {
      return { kind: 'duplicate', fileName, file, keptFileName: winner.fileName };
    }
    const participant = byContributor.get(file.contributor.key);
    if (!participant) return { kind: 'new', fileName, file };
    const stored = assessments
      .filter((a) => a.cycleId === cycle.id && a.participantId === participant.id)
      .map(contributedAssessment);
    const changes = contributionChanges(participant, stored, file, cycle.scope);
    if (changesNothing(changes)) return { kind: 'unchanged', fileName, file, participant };
    const older = file.exportedAt < (participant.contribution?.exportedAt ?? '');
    return { kind: 'replacement', fileName, file, participant, changes, older };
  });
  return { teamCycleId: cycle.id, entries };
}
