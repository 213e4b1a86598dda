import type { AnswerPlanEntry } from '../../domain/survey/link/answer-import-plan';
import { formatDate } from '../format';
import * as strings from '../strings';

const text = strings.answerImport;

/** Why a file of the plan is not read in, in Dutch, starting with its name; undefined for a file taken. */
export function describeRefusedAnswer(entry: AnswerPlanEntry, lastDay: string): string | undefined {
  switch (entry.kind) {
    case 'taken':
      return undefined;
    case 'broken':
      return `${entry.fileName}: ${text.fileErrors[entry.error.code]}`;
    case 'otherSurvey':
      return text.otherSurvey(entry.fileName);
    case 'otherStatements':
      return text.otherStatements(entry.fileName);
    case 'known':
      return text.known(entry.fileName);
    case 'duplicate':
      return text.duplicate(entry.fileName, entry.keptFileName);
    case 'finished':
      return entry.closed
        ? text.closed(entry.fileName)
        : text.periodOver(entry.fileName, formatDate(lastDay));
  }
}
