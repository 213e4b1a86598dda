import type { FileChild, Paragraph, TextRun } from 'docx';
import type { ReportEvidence, ReportExpectation, ReportRubric } from '../../domain/report/report-model';
import { formatCalendarDate } from '../calendar-date';
import { exportLabels as labels } from '../labels';
import { noteFields } from '../note-fields';
import { STYLE } from './docx-layout';
import { dataTable } from './docx-table';
import {
  bullet,
  heading,
  label,
  labelled,
  onNewLine,
  paragraph,
  paragraphOf,
  run,
  textRuns,
} from './docx-text';
import { evolutionParagraph } from './evolution';
import { surveyVoiceBlocks } from './survey-blocks';

/** What goes with a piece of evidence, each on a line of its own: its files, its link and its description. */
export function evidenceDetailRuns(evidence: ReportEvidence): TextRun[] {
  return [
    ...(evidence.attachmentNames.length > 0
      ? onNewLine(labels.attachments, evidence.attachmentNames.join(', '))
      : []),
    ...(evidence.link === undefined || evidence.link.trim() === ''
      ? []
      : onNewLine(labels.link, evidence.link)),
    ...(evidence.description.trim() === '' ? [] : onNewLine(undefined, evidence.description)),
  ];
}

/** A piece of evidence as one list item: title, kind, voices and date, then what goes with it. */
function evidenceRuns(evidence: ReportEvidence): TextRun[] {
  const facts = [
    evidence.kind,
    evidence.voices.join(', '),
    evidence.date === undefined ? '' : formatCalendarDate(evidence.date),
  ].filter((fact) => fact.trim() !== '');
  return [
    run(evidence.title, { bold: true }),
    ...(facts.length > 0 ? [run(` — ${facts.join('; ')}`)] : []),
    ...evidenceDetailRuns(evidence),
  ];
}

/** Whether the expectation shows a spread of individual ratings. */
function hasSpread(expectation: ReportExpectation): boolean {
  return expectation.spread !== undefined && expectation.spread.counts.length > 0;
}

/**
 * The judgement and whose it is, kept on the page of last year's level and the spread below it; where
 * nobody judged, the answer ("nog geen gezamenlijk oordeel") says so on its own.
 */
function ratingParagraph(expectation: ReportExpectation): Paragraph {
  const { judgedBy } = expectation;
  return paragraphOf(
    [
      label(labels.judgement),
      run(expectation.rating.label, { bold: true }),
      ...(judgedBy === 'nobody' ? [] : [run(` — ${labels.judgedBy[judgedBy]}`)]),
    ],
    { keepNext: expectation.evolution !== undefined || hasSpread(expectation) },
  );
}

function spreadTable(expectation: ReportExpectation): FileChild[] {
  const { spread } = expectation;
  if (!spread || spread.counts.length === 0) return [];
  return [
    paragraph(labels.spreadCaption(spread.respondents), { style: 'Caption' }),
    ...dataTable(
      [
        { header: labels.answerColumn, share: 75 },
        { header: labels.countColumn, share: 25 },
      ],
      spread.counts.map((row) => [row.rating.label, String(row.count)]),
      { widthShare: 0.6, keepTogether: true },
    ),
  ];
}

function goodPractice(expectation: ReportExpectation): Paragraph[] {
  const practice = expectation.goodPractice;
  if (!practice) return [];
  return [
    paragraphOf([label(labels.goodPractice), ...textRuns(practice.description)], { keepNext: true }),
    ...practice.criteria.map((criterion) =>
      bullet([
        ...textRuns(criterion.label),
        run(` — ${criterion.met ? labels.criterionMet : labels.criterionNotMet}`),
        ...(criterion.evidenceTitles.length > 0 ? [run(` (${criterion.evidenceTitles.join('; ')})`)] : []),
      ]),
    ),
  ];
}

function evidenceList(expectation: ReportExpectation): Paragraph[] {
  if (expectation.evidence.length === 0) {
    return [paragraphOf([label(labels.evidence), run(labels.noEvidence)])];
  }
  return [
    paragraphOf([label(labels.evidence)], { keepNext: true }),
    ...expectation.evidence.map((evidence) => bullet(evidenceRuns(evidence))),
  ];
}

function individualNotes(expectation: ReportExpectation): Paragraph[] {
  if (expectation.individualNotes.length === 0) return [];
  return [
    paragraphOf([label(labels.individualNotes)], { keepNext: true }),
    ...expectation.individualNotes.map((note) =>
      bullet([
        run(`${note.participant} (${note.role})`, { bold: true }),
        run(`: ${note.rating.label}`),
        ...noteFields(note).flatMap((field) => onNewLine(field.name, field.value)),
      ]),
    ),
  ];
}

/** A personal report's own actions on the expectation, each with its status and due date. */
function ownActions(expectation: ReportExpectation): Paragraph[] {
  const actions = expectation.actions ?? [];
  if (actions.length === 0) return [];
  return [
    paragraphOf([label(labels.ownActions)], { keepNext: true }),
    ...actions.map((action) =>
      bullet([
        run(action.title, { bold: true }),
        run(
          ` — ${labels.actionSummary(action.status, action.dueDate && formatCalendarDate(action.dueDate), action.overdue)}`,
        ),
      ]),
    ),
  ];
}

/** A personal report's journal on the expectation: each note under its day, newest first. */
function journal(expectation: ReportExpectation): Paragraph[] {
  const notes = expectation.journal ?? [];
  if (notes.length === 0) return [];
  return [
    paragraphOf([label(labels.journal)], { keepNext: true }),
    ...notes.map((note) =>
      bullet([run(formatCalendarDate(note.date), { bold: true }), ...onNewLine(undefined, note.text)]),
    ),
  ];
}

/** One kwaliteitsverwachting: the statement word for word in its heading, the judgement and what backs it. */
function expectationBlock(expectation: ReportExpectation, level: 3 | 4): FileChild[] {
  return [
    heading(level, `${expectation.code} — ${expectation.statement}`),
    ratingParagraph(expectation),
    ...evolutionParagraph(expectation, hasSpread(expectation)),
    ...spreadTable(expectation),
    ...labelled(labels.justification, expectation.justification),
    ...labelled(labels.strengths, expectation.strengths),
    ...labelled(labels.pointsToDevelop, expectation.pointsToDevelop),
    ...labelled(labels.supportLevels, expectation.supportLevels.join(', ')),
    ...goodPractice(expectation),
    ...ownActions(expectation),
    ...evidenceList(expectation),
    ...surveyVoiceBlocks(expectation.surveyVoices),
    ...journal(expectation),
    ...individualNotes(expectation),
  ];
}

/**
 * Per rubriek (Heading 2) and deelrubriek (Heading 3), each expectation in scope. An expectation is one
 * level below what contains it: Heading 3 under a rubriek, Heading 4 under a deelrubriek, so the outline in
 * Word's navigation pane nests as the referentiekader does and never skips a level.
 */
export function qualitySupportBlocks(rubrics: readonly ReportRubric[]): FileChild[] {
  return rubrics.flatMap((rubric) => [
    heading(2, rubric.title),
    ...(rubric.statement.trim() === '' ? [] : [paragraph(rubric.statement, { style: STYLE.quote })]),
    ...rubric.expectations.flatMap((expectation) => expectationBlock(expectation, 3)),
    ...rubric.subrubrics.flatMap((subrubric) => [
      heading(3, subrubric.title),
      ...(subrubric.statement === undefined || subrubric.statement.trim() === ''
        ? []
        : [paragraph(subrubric.statement, { style: STYLE.quote })]),
      ...subrubric.expectations.flatMap((expectation) => expectationBlock(expectation, 4)),
    ]),
  ]);
}
