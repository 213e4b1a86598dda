import type { SectionOf } from '../../domain/report/section-types';
import { changeCountText } from '../../exports/evolution-text';
import { exportLabels } from '../../exports/labels';
import { LabelledTable } from './LabelledTable';

type Overview = SectionOf<'overview'>;

/** The codes at each level per rubriek and deelrubriek, with the totals under them. */
function LevelsTable({ levels }: { levels: Overview['levels'] }) {
  const [groupColumn, ...levelColumns] = levels.columns;
  return (
    <table class="report-table report-table--overview-levels">
      <thead>
        <tr>
          <th scope="col">{groupColumn}</th>
          {levelColumns.map((column) => (
            <th scope="col" key={column}>
              {column}
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

/**
 * In één oogopslag: the report on one page (see report.css for the print rules that keep it to one A4 page).
 * Every part is worked out in the model; this only lays it out.
 */
export function OverviewSection({ section }: { section: Overview }) {
  const { operations, participation, evolution } = section;
  return (
    <>
      <h3>{section.levels.title}</h3>
      <LevelsTable levels={section.levels} />
      {section.strengths && <OverviewList list={section.strengths} />}
      {section.priorities && <OverviewList list={section.priorities} />}
      {operations && (
        <div class="report-overview__part">
          <h3>{operations.title}</h3>
          <table class="report-table report-table--overview-counts">
            <thead>
              <tr>
                {operations.counts.map((row) => (
                  <th scope="col" key={row.status}>
                    {row.status}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {operations.counts.map((row) => (
                  <td key={row.status}>{row.count}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {participation && (
        <div class="report-overview__part">
          <h3>{participation.title}</h3>
          <LabelledTable rows={participation.rows} />
        </div>
      )}
      {evolution && (
        <div class="report-overview__part">
          <h3>{evolution.title}</h3>
          <LabelledTable
            rows={evolution.rows.map((row) => ({
              label: changeCountText(row.change, row.codes.length),
              value: row.codes.join(', '),
            }))}
          />
        </div>
      )}
    </>
  );
}
