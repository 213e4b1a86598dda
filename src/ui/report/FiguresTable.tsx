import type { SectionOf } from '../../domain/report/section-types';

/** The centre's figures: one row per figure, this school year beside the previous one. */
export function FiguresTable({ figures }: { figures: SectionOf<'administration'>['figures'] }) {
  const [item, current, previous] = figures.columns;
  return (
    <table class="report-table report-table--figures">
      <caption>{figures.title}</caption>
      <thead>
        <tr>
          <th scope="col">{item}</th>
          <th scope="col">{current}</th>
          <th scope="col">{previous}</th>
        </tr>
      </thead>
      <tbody>
        {figures.rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.current}</td>
            <td>{row.previous}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
