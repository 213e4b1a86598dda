import type { SectionOf } from '../../domain/report/section-types';
import { TableScroll } from '../table-scroll';

const CAPTION_ID = 'report-figures-caption';

/**
 * The centre's figures: one row per figure, this school year beside the previous one. Its words are never broken
 * inside: on the narrowest phone a long one scrolls the table in its own region, never the page.
 */
export function FiguresTable({ figures }: { figures: SectionOf<'administration'>['figures'] }) {
  const [item, current, previous] = figures.columns;
  return (
    <TableScroll captionId={CAPTION_ID}>
      <table class="report-table report-table--figures">
        <caption id={CAPTION_ID}>{figures.title}</caption>
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
    </TableScroll>
  );
}
