import type { ReportEvidence } from '../../domain/report/report-model';
import { formatDate } from '../format';
import { exportLabels } from '../../exports/labels';

/** Evidence as the report lists it: title, kind, voices, date, and the files that go with it. */
export function EvidenceTable({ evidence }: { evidence: readonly ReportEvidence[] }) {
  if (evidence.length === 0) return <p>{exportLabels.noEvidence}</p>;
  return (
    <ul class="report-evidence">
      {evidence.map((item, index) => (
        <li key={index}>
          <strong>{item.title}</strong> — {item.kind}
          {item.voices.length > 0 && `; ${item.voices.join(', ')}`}
          {item.date && `; ${formatDate(item.date)}`}
          {item.attachmentNames.length > 0 && <span class="muted"> ({item.attachmentNames.join(', ')})</span>}
          {item.link && (
            <span class="report-evidence__description">
              {exportLabels.link}: {item.link}
            </span>
          )}
          {item.description && <span class="report-evidence__description prewrap">{item.description}</span>}
        </li>
      ))}
    </ul>
  );
}
