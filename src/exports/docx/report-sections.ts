import { AlignmentType, ImageRun, Paragraph, type FileChild } from 'docx';
import type { ReportAction, ReportSection } from '../../domain/report/report-model';
import type { SectionOf } from '../../domain/report/section-types';
import { formatCalendarDate } from '../calendar-date';
import { changeText, radarDescription } from '../evolution-text';
import { CALENDAR_COLUMNS, calendarPosition, calendarRows } from '../calendar-text';
import { exportLabels as labels } from '../labels';
import { xmlSafeText } from '../xml-safe-text';
import { STYLE, TEXT_WIDTH_PX } from './docx-layout';
import { dataTable, labelledTable } from './docx-table';
import {
  bullet,
  heading,
  label,
  labelled,
  oneLine,
  onNewLine,
  paragraph,
  paragraphOf,
  run,
  textRuns,
} from './docx-text';
import { previousCycleBlocks } from './evolution';
import { overviewBlocks } from './overview';
import { evidenceDetailRuns, qualitySupportBlocks } from './quality-support';
import { surveyAppendixBlocks, surveysAskedBlocks } from './survey-blocks';

/** The webdiagram as a PNG, with its size in pixels. */
export interface RadarImage {
  png: Uint8Array;
  width: number;
  height: number;
}

/** The tallest the webdiagram may be on the page, in pixels at 96 to the inch (about 13 cm). */
const RADAR_MAX_HEIGHT_PX = 500;

function administration(section: SectionOf<'administration'>): FileChild[] {
  return [
    heading(2, labels.administration.centre),
    ...labelledTable(section.centre),
    heading(2, section.figures.title),
    ...dataTable(
      section.figures.columns.map((header, index) => ({ header, share: index === 0 ? 58 : 21 })),
      section.figures.rows.map((row) => [row.label, row.current, row.previous]),
      { firstColumnBold: true, keepTogether: true },
    ),
    heading(2, labels.administration.cycle),
    ...labelledTable(section.cycle),
  ];
}

function qualityDevelopment(section: SectionOf<'qualityDevelopment'>): FileChild[] {
  const previous = section.previousCycle;
  return [
    ...labelledTable(section.facts),
    ...(section.participantsByRole.length === 0
      ? []
      : dataTable(
          [
            { header: labels.roleColumn, share: 70 },
            { header: labels.participantCountColumn, share: 30 },
          ],
          section.participantsByRole.map((row) => [row.role, String(row.count)]),
        )),
    ...(section.voices.length === 0
      ? []
      : dataTable(
          [
            { header: labels.voiceColumn, share: 70 },
            { header: labels.evidenceCountColumn, share: 30 },
          ],
          section.voices.map((row) => [row.voice, String(row.count)]),
        )),
    ...surveysAskedBlocks(section.surveys),
    ...(previous === undefined ? [] : previousCycleBlocks(previous)),
    ...calendarBlocks(section.qualityCalendar),
  ];
}

/** Section 2's kwaliteitskalender: a subheading, where this cycle stands, and the years with their focus. */
function calendarBlocks(part: SectionOf<'qualityDevelopment'>['qualityCalendar']): FileChild[] {
  if (!part) return [];
  return [
    heading(2, labels.qualityCalendar.heading, { keepNext: true }),
    paragraph(calendarPosition(part), { keepNext: true }),
    ...dataTable(
      CALENDAR_COLUMNS.map((header, index) => ({ header, share: [25, 40, 35][index] ?? 30 })),
      calendarRows(part),
      { firstColumnBold: true },
    ),
  ];
}

function operations(section: SectionOf<'operations'>): FileChild[] {
  return dataTable(
    [
      { header: labels.conditionColumn, share: 45 },
      { header: labels.statusColumn, share: 20 },
      { header: labels.noteColumn, share: 35 },
    ],
    section.conditions.map((condition) => [
      {
        text: [condition.title, condition.description, condition.source].join('\n'),
        paragraphs: [
          paragraph(condition.title, { style: STYLE.tableText }, { bold: true }),
          ...(condition.description.trim() === ''
            ? []
            : [
                paragraphOf([label(labels.ourSummary), ...textRuns(condition.description)], {
                  style: STYLE.tableText,
                }),
              ]),
          paragraph(condition.source, { style: STYLE.tableText }),
        ],
      },
      condition.status,
      {
        text: [condition.note, condition.evidenceTitles.join('; ')].join('\n'),
        paragraphs: [
          ...(condition.note.trim() === '' ? [] : [paragraph(condition.note, { style: STYLE.tableText })]),
          ...(condition.evidenceTitles.length === 0
            ? []
            : [
                paragraphOf([label(labels.evidence), ...textRuns(condition.evidenceTitles.join('; '))], {
                  style: STYLE.tableText,
                }),
              ]),
        ],
      },
    ]),
  );
}

/** The webdiagram, as large as the page's width allows and no taller than RADAR_MAX_HEIGHT_PX. */
function radarImage(section: SectionOf<'summary'>, radar: RadarImage | undefined): FileChild[] {
  if (!radar || !(radar.width > 0 && radar.height > 0) || radar.png.length === 0) return [];
  const scale = Math.min(1, TEXT_WIDTH_PX / radar.width, RADAR_MAX_HEIGHT_PX / radar.height);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: radar.png,
          transformation: {
            width: Math.round(radar.width * scale),
            height: Math.round(radar.height * scale),
          },
          altText: {
            name: labels.radarName,
            title: labels.radarName,
            description: xmlSafeText(oneLine(radarDescription(section))),
          },
        }),
      ],
    }),
  ];
}

/**
 * The table beside the webdiagram: per expectation its level and, with a previous cycle, its level there and
 * the change, the years in the column headers.
 */
function summaryTable(section: SectionOf<'summary'>): FileChild[] {
  const years = section.comparedYears;
  const previousYear = section.table.find((row) => row.evolution)?.evolution?.schoolYear;
  const level = years === undefined ? labels.levelColumn : labels.evolution.levelIn(years.current);
  if (previousYear === undefined) {
    return dataTable(
      [
        { header: labels.codeColumn, share: 11 },
        { header: labels.statementColumn, share: 62 },
        { header: level, share: 27 },
      ],
      section.table.map((row) => [row.code, row.statement, row.rating.label]),
      { firstColumnBold: true },
    );
  }
  return dataTable(
    [
      // Wide enough for "gezamenlijk" and "Verandering" unbroken (looked at in LibreOffice).
      { header: labels.codeColumn, share: 9 },
      { header: labels.statementColumn, share: 37 },
      { header: level, share: 18 },
      { header: labels.evolution.levelIn(previousYear), share: 18 },
      { header: labels.evolution.changeColumn, share: 18 },
    ],
    section.table.map((row) => [
      row.code,
      row.statement,
      row.rating.label,
      row.evolution?.previous.label ?? '',
      row.evolution === undefined ? '' : changeText(row.evolution.change),
    ]),
    { firstColumnBold: true },
  );
}

function summary(section: SectionOf<'summary'>, radar: RadarImage | undefined): FileChild[] {
  return [...radarImage(section, radar), ...summaryTable(section)];
}

function recommendations(section: SectionOf<'recommendations'>): FileChild[] {
  return section.groups.flatMap((group) => [
    heading(2, group.title),
    ...(group.explanation.trim() === '' ? [] : [paragraph(group.explanation, { style: STYLE.quote })]),
    ...(group.items.length === 0
      ? [paragraph(labels.noItems)]
      : group.items.map((item) =>
          bullet([
            run(`${item.code} `, { bold: true }),
            ...textRuns(item.statement),
            ...(item.text.trim() === '' ? [] : onNewLine(undefined, item.text)),
            ...(item.actionTitles.length === 0
              ? []
              : onNewLine(labels.linkedActions, item.actionTitles.join('; '))),
          ]),
        )),
  ]);
}

function actionStatus(action: ReportAction): Paragraph[] {
  return [
    paragraphOf(
      [...textRuns(action.status), ...(action.overdue ? [run(` (${labels.overdue})`, { bold: true })] : [])],
      { style: STYLE.tableText },
    ),
  ];
}

/** Goal, indicator, progress and evaluation of an action, under its title; nothing when it has none. */
function actionDetails(action: ReportAction): FileChild[] {
  const details = [
    ...labelled(labels.goal, action.goal),
    ...labelled(labels.successIndicator, action.successIndicator),
  ];
  if (details.length === 0 && action.progress.length === 0 && action.evaluation.trim() === '') return [];
  return [
    heading(2, action.title),
    ...(action.startDate === undefined ? [] : labelled(labels.start, formatCalendarDate(action.startDate))),
    ...details,
    ...(action.progress.length === 0
      ? []
      : [
          paragraphOf([label(labels.progress)], { keepNext: true }),
          ...action.progress.map((entry) =>
            bullet([run(`${formatCalendarDate(entry.date)}: `), ...textRuns(entry.note)]),
          ),
        ]),
    ...labelled(labels.evaluation, action.evaluation),
  ];
}

function developmentPlan(section: SectionOf<'developmentPlan'>): FileChild[] {
  if (section.actions.length === 0) return [paragraph(labels.noActions)];
  return [
    ...dataTable(
      [
        { header: labels.actionColumns.title, share: 28 },
        { header: labels.actionColumns.codes, share: 21 },
        { header: labels.actionColumns.owner, share: 17 },
        { header: labels.actionColumns.due, share: 17 },
        { header: labels.actionColumns.status, share: 17 },
      ],
      section.actions.map((action) => [
        action.title,
        action.expectationCodes.join(', '),
        action.owner,
        action.dueDate === undefined ? '' : formatCalendarDate(action.dueDate),
        { paragraphs: actionStatus(action), text: `${action.status} (${labels.overdue})` },
      ]),
      { firstColumnBold: true },
    ),
    ...section.actions.flatMap(actionDetails),
  ];
}

/** The participants of a team report, under their own heading. */
function participantsBlocks(participants: NonNullable<SectionOf<'appendices'>['participants']>): FileChild[] {
  return [
    heading(2, labels.appendices.participants),
    ...(participants.length === 0
      ? [paragraph(labels.noParticipants)]
      : dataTable(
          [
            { header: labels.participantColumn, share: 60 },
            { header: labels.roleColumn, share: 40 },
          ],
          participants.map((participant) => [participant.name, participant.role]),
        )),
  ];
}

function appendices(section: SectionOf<'appendices'>): FileChild[] {
  const columns = labels.evidenceColumns;
  return [
    heading(2, labels.appendices.evidence),
    ...(section.evidence.length === 0
      ? [paragraph(labels.noEvidenceAtAll)]
      : dataTable(
          [
            // The title and description take the room; the others hold a word or a date.
            { header: columns.title, share: 36 },
            { header: columns.kind, share: 14 },
            { header: columns.voices, share: 17 },
            { header: columns.date, share: 15 },
            { header: columns.codes, share: 18 },
          ],
          section.evidence.map((evidence) => [
            {
              paragraphs: [
                paragraphOf([run(evidence.title, { bold: true }), ...evidenceDetailRuns(evidence)], {
                  style: STYLE.tableText,
                }),
              ],
              text: [
                evidence.title,
                ...evidence.attachmentNames,
                evidence.link ?? '',
                evidence.description,
              ].join('\n'),
            },
            evidence.kind,
            evidence.voices.join(', '),
            evidence.date === undefined ? '' : formatCalendarDate(evidence.date),
            evidence.expectationCodes.join(', '),
          ]),
        )),
    ...(section.participants === undefined ? [] : participantsBlocks(section.participants)),
    heading(2, labels.appendices.method),
    ...labelledTable(section.method),
    ...surveyAppendixBlocks(section),
  ];
}

/** A section's content below its Heading 1 and intro. */
export function sectionBlocks(
  section: ReportSection,
  context: { radar: RadarImage | undefined },
): FileChild[] {
  switch (section.id) {
    case 'overview':
      return overviewBlocks(section);
    case 'administration':
      return administration(section);
    case 'qualityDevelopment':
      return qualityDevelopment(section);
    case 'qualitySupport':
      return qualitySupportBlocks(section.rubrics);
    case 'operations':
      return operations(section);
    case 'summary':
      return summary(section, context.radar);
    case 'recommendations':
      return recommendations(section);
    case 'developmentPlan':
      return developmentPlan(section);
    case 'appendices':
      return appendices(section);
  }
}
