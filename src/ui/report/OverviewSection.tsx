import type { SectionOf } from '../../domain/report/section-types';
import {
  PIECE_SEPARATOR,
  evolutionLine,
  operationsLine,
  participationLines,
  type LinePiece,
} from '../../exports/overview-lines';
import { exportLabels } from '../../exports/labels';
import { TableScroll } from '../table-scroll';

/** The id of the heading that names the levels table's scroll area. */
const LEVELS_HEADING = 'report-overview-levels';

type Overview = SectionOf<'overview'>;

/** The codes at each level per rubriek and deelrubriek, with the totals under them. */
function LevelsTable({ levels }: { levels: Overview['levels'] }) {
  return (
    <table class="report-table report-table--overview-levels">
      <thead>
        <tr>
          <th scope="col">{levels.groupColumn}</th>
          {/* Short headers, as in Word, so the columns stay narrow; a screen reader hears the level's words. */}
          {levels.columns.map((column) => (
            <th scope="col" key={column.label}>
              {column.short === column.label ? (
                column.label
              ) : (
                <>
                  <span aria-hidden="true">{column.short}</span>
                  <span class="visually-hidden">{column.label}</span>
                </>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {levels.rows.map((row) => (
          <tr key={row.group}>
            <th scope="row">{row.group}</th>
            {row.cells.map((codes, index) => (
              <td key={index}>{codes.join(', ')}</td>
            ))}
          </tr>
        ))}
        <tr class="report-table__total">
          <th scope="row">{levels.totals.label}</th>
          {levels.totals.counts.map((count, index) => (
            <td key={index}>{count}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** Sterke punten or priorities: code, mark and the shortened text, in the team's order. */
function OverviewList({ list }: { list: NonNullable<Overview['strengths']> }) {
  return (
    <div class="report-overview__part">
      <h3>{list.title}</h3>
      {list.items.length === 0 ? (
        <p>{exportLabels.noItems}</p>
      ) : (
        <ul class="report-overview__list">
          {list.items.map((item) => (
            <li key={item.code}>
              <strong>{item.code}</strong> {item.mark && <span class="badge">{item.mark}</span>} {item.text}
            </li>
          ))}
        </ul>
      )}
      {list.more && <p class="report-overview__more">{list.more}</p>}
    </div>
  );
}

/** A part of a few words: its heading, then each line with its leads in bold (see overview-lines.ts). */
function OverviewLines({ title, lines }: { title: string; lines: readonly (readonly LinePiece[])[] }) {
  return (
    <div class="report-overview__part">
      <h3>{title}</h3>
      {lines.map((line, index) => (
        <p class="report-overview__line" key={index}>
          {line.map((piece, at) => (
            <span key={at}>
              {at > 0 && PIECE_SEPARATOR}
              <strong>{piece.lead}</strong>
              {piece.value}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}

/**
 * In één oogopslag: the report on one page (see report.css for the print rules that keep it to one A4 page).
 * Every part is worked out in the model; this only lays it out.
 */
export function OverviewSection({ section }: { section: Overview }) {
  const { operations, participation, evolution } = section;
  return (
    <>
      <h3 id={LEVELS_HEADING}>{section.levels.title}</h3>
      {/* Six columns do not fit a phone without breaking words: the table scrolls in its own area there. */}
      <p class="report-overview__legend">{section.levels.legend}</p>
      <TableScroll captionId={LEVELS_HEADING}>
        <LevelsTable levels={section.levels} />
      </TableScroll>
      {section.strengths && <OverviewList list={section.strengths} />}
      {section.priorities && <OverviewList list={section.priorities} />}
      {operations && <OverviewLines title={operations.title} lines={[operationsLine(operations)]} />}
      {participation && (
        <OverviewLines title={participation.title} lines={participationLines(participation)} />
      )}
      {evolution && <OverviewLines title={evolution.title} lines={[evolutionLine(evolution)]} />}
    </>
  );
}
