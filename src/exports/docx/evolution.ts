import type { FileChild, Paragraph, TextRun } from 'docx';
import type {
  ReportExpectation,
  ReportPreviousAction,
  ReportSection,
} from '../../domain/report/report-model';
import { changeText, evolutionText, outcomeText } from '../evolution-text';
import { exportLabels } from '../labels';
import { bullet, heading, label, onNewLine, paragraph, paragraphOf, run, textRuns } from './docx-text';

type PreviousCycle = NonNullable<Extract<ReportSection, { id: 'qualityDevelopment' }>['previousCycle']>;

const labels = exportLabels.evolution;

/** Under an expectation's judgement: its judgement in the previous cycle and the change, kept with the spread. */
export function evolutionParagraph(expectation: ReportExpectation, keepNext: boolean): Paragraph[] {
  const { evolution } = expectation;
  if (evolution === undefined) return [];
  return [
    paragraphOf([label(labels.previous(evolution.schoolYear)), ...textRuns(evolutionText(evolution))], {
      keepNext,
    }),
  ];
}

/** A previous action as a list item: its title, expectations and outcome, then its evaluations. */
function actionItem(action: ReportPreviousAction, level: number): Paragraph {
  const codes = action.expectationCodes.length > 0 ? ` (${action.expectationCodes.join(', ')})` : '';
  const runs: TextRun[] = [
    run(action.title, { bold: true }),
    run(`${codes} — ${outcomeText(action)}`),
    ...(action.evaluation.trim() === '' ? [] : onNewLine(exportLabels.evaluation, action.evaluation)),
    ...(action.current === undefined || action.current.evaluation.trim() === ''
      ? []
      : onNewLine(
          `${exportLabels.evaluation} (${labels.now(action.current.status)})`,
          action.current.evaluation,
        )),
  ];
  return bullet(runs, level);
}

/**
 * Wat deden we met de vorige zelfevaluatie? Its recommendations per kind, each with the actions on it and
 * their outcome; its other actions; the expectations whose level changed.
 */
export function previousCycleBlocks(previous: PreviousCycle): FileChild[] {
  return [
    heading(2, previous.heading),
    heading(3, labels.recommendations(previous.title)),
    ...(previous.recommendations.length === 0 ? [paragraph(labels.noRecommendations)] : []),
    ...previous.recommendations.flatMap((group) => [
      paragraphOf([run(group.title, { bold: true })], { keepNext: true }),
      ...group.items.flatMap((item) => [
        bullet([
          run(`${item.code} `, { bold: true }),
          ...textRuns(item.statement),
          ...onNewLine(undefined, item.text),
        ]),
        ...item.actions.map((action) => actionItem(action, 1)),
        ...(item.actions.length === 0 && group.kind !== 'strengths'
          ? [bullet([run(labels.noActions, { italics: true })], 1)]
          : []),
      ]),
    ]),
    ...(previous.otherActions.length === 0
      ? []
      : [heading(3, labels.otherActions), ...previous.otherActions.map((action) => actionItem(action, 0))]),
    heading(3, labels.changes),
    ...(previous.changes.length === 0
      ? [paragraph(labels.noChanges)]
      : previous.changes.map((row) =>
          bullet([
            run(`${row.code} `, { bold: true }),
            ...textRuns(row.statement),
            ...onNewLine(
              undefined,
              `${labels.fromTo(row.evolution.previous.label, row.rating.label)} — ${changeText(row.evolution.change)}`,
            ),
          ]),
        )),
  ];
}
