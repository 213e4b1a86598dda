import type { ReportEvidence } from '../../domain/report/report-model';
import { formatDate } from '../format';
import { exportLabels } from '../../exports/labels';
import { inSlices, Slice } from '../slices';

/** Sources rendered per task: the appendices of five years list hundreds, a quarter of the report. */
const EVIDENCE_SLICE = 25;

/**
 * Evidence as the report lists it: title, kind, voices, date, the files and link that go with it, and in
 * the appendices the expectations it backs.
 */
export function EvidenceTable({
  evidence,
  withCodes = false,
}: {
  evidence: readonly ReportEvidence[];
  withCodes?: boolean;
}) {
  if (evidence.length === 0) return <p>{exportLabels.noEvidence}</p>;
  return (
    <ul class="report-evidence">
      {inSlices(evidence, EVIDENCE_SLICE).map((slice, number) => (
        <Slice key={number} now={number === 0}>
          {slice.map((item, index) => (
            <li key={index}>
              <strong>{item.title}</strong> — {item.kind}
              {item.voices.length > 0 && `; ${item.voices.join(', ')}`}
              {item.date && `; ${formatDate(item.date)}`}
              {withCodes &&
                item.expectationCodes.length > 0 &&
                `; ${exportLabels.evidenceColumns.codes}: ${item.expectationCodes.join(', ')}`}
              {item.attachmentNames.length > 0 && (
                <span class="muted"> ({item.attachmentNames.join(', ')})</span>
              )}
              {item.link && (
                <span class="report-evidence__description">
                  {exportLabels.link}: {item.link}
                </span>
              )}
              {item.description && (
                <span class="report-evidence__description prewrap">{item.description}</span>
              )}
            </li>
          ))}
        </Slice>
      ))}
    </ul>
  );
}
