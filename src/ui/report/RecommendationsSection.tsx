import type { ReportSection } from '../../domain/report/report-model';
import { exportLabels } from '../../exports/labels';

/** Sterke punten, ontwikkelingskansen and tekorten, each with the actions that work on it. */
export function RecommendationsSection({
  section,
}: {
  section: Extract<ReportSection, { id: 'recommendations' }>;
}) {
  return (
    <>
      {section.groups.map((group) => (
        <section key={group.kind} aria-labelledby={`report-recommendations-${group.kind}`}>
          <h3 id={`report-recommendations-${group.kind}`}>{group.title}</h3>
          <p class="muted">{group.explanation}</p>
          {group.items.length === 0 ? (
            <p>{exportLabels.noItems}</p>
          ) : (
            <ul class="report-recommendations">
              {group.items.map((item) => (
                <li key={item.code}>
                  <strong>{item.code}</strong> {item.statement}
                  <span class="prewrap report-recommendations__text">{item.text}</span>
                  {item.actionTitles.length > 0 && (
                    <span class="report-recommendations__actions">
                      {exportLabels.linkedActions}: {item.actionTitles.join('; ')}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
