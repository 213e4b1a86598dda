/** Label–value pairs as a two-column table, as the report shows facts. */
export function LabelledTable({ rows }: { rows: readonly { label: string; value: string }[] }) {
  return (
    <table class="report-table report-table--facts">
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td class="prewrap">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
