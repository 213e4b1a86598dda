import type { ContributionChanges } from '../../domain/contribution/changes';
import type { ContributionFile } from '../../domain/contribution/contribution-file';
import { ANSWER_FILE_FORMAT, CONTRIBUTION_FORMAT } from '../../domain/contribution/format-ids';
import type { TeamFileError } from '../../domain/contribution/file-error';
import type { PlanEntry } from '../../domain/contribution/import-plan';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { ratingLabel } from '../../domain/framework/framework-summary';
import * as strings from '../strings';

const text = strings.contributions;
const MAX_PROBLEMS_SHOWN = 3;

/** Why a file could not be read, in Dutch, starting with the file's name. */
export function describeFileError(fileName: string, error: TeamFileError): string {
  if (error.code === 'otherKind') {
    const which =
      error.foundFormat === CONTRIBUTION_FORMAT
        ? text.isContribution
        : error.foundFormat === ANSWER_FILE_FORMAT
          ? text.isAnswerFile
          : text.isInvitation;
    return `${fileName}: ${which}`;
  }
  const problems = error.problems
    .slice(0, MAX_PROBLEMS_SHOWN)
    .map((problem) => text.problem(problem.field, problem.message));
  return [`${fileName}: ${text.fileErrors[error.code]}`, problems.join('; ')].filter(Boolean).join(' ');
}

/** Who a contribution is from as the plan shows it: the name, or "anonieme bijdrage". */
export function contributorOf(file: ContributionFile): string {
  return file.contributor.name ?? text.anonymousContributor;
}

/** Why an entry of the plan was not imported, in Dutch, starting with the file's name. */
export function describeSkipped(entry: PlanEntry): string {
  switch (entry.kind) {
    case 'broken':
      return describeFileError(entry.fileName, entry.error);
    case 'otherCycle':
      return text.skipped.otherCycle(entry.fileName, entry.file.cycle.title, entry.file.cycle.schoolYear);
    case 'duplicate':
      return text.skipped.duplicate(entry.fileName, entry.keptFileName);
    case 'unchanged':
      return text.skipped.unchanged(entry.fileName, entry.participant.name);
    case 'replacement':
      return text.skipped.notConfirmed(entry.fileName, entry.participant.name);
    case 'match':
      return text.skipped.notMatched(entry.fileName, contributorOf(entry.file));
    case 'new':
    case 'personal':
      return entry.fileName;
  }
}

/** What a new version of a contribution changes, one line per change: contributor first, then per expectation. */
export function describeChanges(changes: ContributionChanges, framework: FrameworkSummary): string[] {
  const roles = strings.participants.roles;
  return [
    ...(changes.name ? [text.nameChange(changes.name.from, changes.name.to)] : []),
    ...(changes.role ? [text.roleChange(roles[changes.role.from], roles[changes.role.to])] : []),
    ...(changes.anonymous ? [text.anonymousChange(changes.anonymous.to)] : []),
    ...changes.expectations.flatMap((change) => [
      ...(change.rating
        ? [
            text.ratingChange(
              change.code,
              ratingLabel(framework, change.rating.from),
              ratingLabel(framework, change.rating.to),
            ),
          ]
        : []),
      ...(change.fields.length > 0
        ? [text.fieldsChange(change.code, change.fields.map((field) => text.fields[field]).join(', '))]
        : []),
    ]),
  ];
}
