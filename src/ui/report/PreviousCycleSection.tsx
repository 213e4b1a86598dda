import type { ReportPreviousAction, ReportSection } from '../../domain/report/report-model';
import { changeText, outcomeText } from '../../exports/evolution-text';
import { exportLabels } from '../../exports/labels';

type PreviousCycle = NonNullable<Extract<ReportSection, { id: 'qualityDevelopment' }>['previousCycle']>;

const labels = exportLabels.evolution;

function PreviousActions({ actions }: { actions: readonly ReportPreviousAction[] }) {
  return (
    <ul>
      {actions.map((action, index) => (
        <li key={index}>
          <strong>{action.title}</strong>
          {action.expectationCodes.length > 0 && ` (${action.expectationCodes.join(', ')})`} —{' '}
          {outcomeText(action)}
          {action.evaluation.trim() !== '' && (
            <span class="prewrap report-notes__text">
              {exportLabels.evaluation}: {action.evaluation}
            </span>
          )}
          {action.current && action.current.evaluation.trim() !== '' && (
            <span class="prewrap report-notes__text">
              {exportLabels.evaluation} ({labels.now(action.current.status)}): {action.current.evaluation}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Wat deden we met de vorige zelfevaluatie? Its recommendations with the actions on each and their outcome,
 * its other actions, and the expectations whose level changed since.
 */
export function PreviousCycleSection({ previous }: { previous: PreviousCycle }) {
  return (
    <section class="report-previous" aria-labelledby="report-previous-cycle">
      <h3 id="report-previous-cycle">{previous.heading}</h3>
      <h4>{labels.recommendations(previous.title)}</h4>
      {previous.recommendations.length === 0 && <p>{labels.noRecommendations}</p>}
      {previous.recommendations.map((group) => (
        <div class="report-field" key={group.kind}>
          <h5>{group.title}</h5>
          <ul class="report-notes">
            {group.items.map((item) => (
              <li key={item.code}>
                <strong>{item.code}</strong> {item.statement}
                <span class="prewrap report-notes__text">{item.text}</span>
                {item.actions.length > 0 && <PreviousActions actions={item.actions} />}
                {item.actions.length === 0 && group.kind !== 'strengths' && (
                  <span class="report-notes__text">{labels.noActions}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {previous.otherActions.length > 0 && (
        <>
          <h4>{labels.otherActions}</h4>
          <PreviousActions actions={previous.otherActions} />
        </>
      )}
      <h4>{labels.changes}</h4>
      {previous.changes.length === 0 ? (
        <p>{labels.noChanges}</p>
      ) : (
        <ul>
          {previous.changes.map((row) => (
            <li key={row.code}>
              <strong>{row.code}</strong> {row.statement}
              <span class="report-notes__text">
                {labels.fromTo(row.evolution.previous.label, row.rating.label)} —{' '}
                {changeText(row.evolution.change)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
