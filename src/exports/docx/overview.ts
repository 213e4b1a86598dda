import type { FileChild, Paragraph } from 'docx';
import type { SectionOf } from '../../domain/report/section-types';
import { exportLabels as labels } from '../labels';
import {
  PIECE_SEPARATOR,
  evolutionLine,
  operationsLine,
  participationLines,
  type LinePiece,
} from '../overview-lines';
import { STYLE } from './docx-layout';
import { dataTable } from './docx-table';
import { heading, paragraph, paragraphOf, run, textRuns } from './docx-text';

type Overview = SectionOf<'overview'>;

/**
 * A part's heading, closer to its table than elsewhere in the document: the whole summary has to fit one page
 * (looked at in LibreOffice with 17 expectations, five sterke punten, five priorities, two bevragingen and a
 * previous cycle).
 */
function partHeading(text: string): Paragraph {
  return heading(2, text, { spacing: { before: 100, after: 40 } });
}

/**
 * The levels per rubriek under short headers ("4", "3" …) with a legend above, as on the report page: the
 * levels' own words do not fit five narrow columns without breaking "verwachting" where LibreOffice sets
 * DejaVu Sans for Calibri (looked at).
 */
function levels(part: Overview['levels']): FileChild[] {
  return [
    partHeading(part.title),
    paragraph(part.legend, { style: STYLE.tableText, keepNext: true }),
    ...dataTable(
      [
        { header: part.groupColumn, share: 36 },
        ...part.columns.map((column) => ({ header: column.short, share: 64 / part.columns.length })),
      ],
      [
        ...part.rows.map((row) => [row.group, ...row.cells.map((codes) => codes.join(', '))]),
        [part.totals.label, ...part.totals.counts.map(String)],
      ],
      { firstColumnBold: true, keepTogether: true },
    ),
  ];
}

/** Sterke punten or priorities: one short paragraph per item, code in bold, in the team's order, kept together. */
function list(part: NonNullable<Overview['strengths']>): FileChild[] {
  const style = { style: STYLE.tableText };
  return [
    partHeading(part.title),
    ...(part.items.length === 0
      ? [paragraph(labels.noItems, style)]
      : part.items.map((item) =>
          paragraphOf(
            [
              run(`${item.code} `, { bold: true }),
              ...(item.mark === undefined ? [] : [run(`(${item.mark}) `, { italics: true })]),
              ...textRuns(item.text),
            ],
            { ...style, keepNext: true },
          ),
        )),
    ...(part.more === undefined ? [] : [paragraph(part.more, style, { italics: true })]),
  ];
}

/** A part of a few words: its heading, then each line with its leads in bold (see overview-lines.ts). */
function lines(title: string, parts: readonly (readonly LinePiece[])[]): FileChild[] {
  return [
    partHeading(title),
    ...parts.map((line) =>
      paragraphOf(
        line.flatMap((piece, index) => [
          ...(index === 0 ? [] : [run(PIECE_SEPARATOR)]),
          run(piece.lead, { bold: true }),
          run(piece.value),
        ]),
        { style: STYLE.tableText },
      ),
    ),
  ];
}

/** The summary in front: the same parts as on the report page, each compact, on a page of its own. */
export function overviewBlocks(section: Overview): FileChild[] {
  const { operations, participation, evolution } = section;
  return [
    ...levels(section.levels),
    ...(section.strengths === undefined ? [] : list(section.strengths)),
    ...(section.priorities === undefined ? [] : list(section.priorities)),
    ...(operations === undefined ? [] : lines(operations.title, [operationsLine(operations)])),
    ...(participation === undefined ? [] : lines(participation.title, participationLines(participation))),
    ...(evolution === undefined ? [] : lines(evolution.title, [evolutionLine(evolution)])),
  ];
}
