import type { Action } from '../../domain/action';
import { evidenceCoverage, isOverdue } from '../../domain/dashboard';
import type { Evidence } from '../../domain/evidence';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import type { Survey } from '../../domain/survey/survey';
import { appPaths } from '../cycles/cycle-link';
import { SourceKind } from '../evidence/SourceKind';
import { todayIso } from '../format';
import * as strings from '../strings';
import { VoicesSourceItem } from '../surveys/VoicesSourceItem';

/**
 * The evidence and actions of one expectation beside its rating, with a gentle hint when the judgement rests
 * on no evidence or on one voice only.
 */
export function ExpectationEvidence({
  cycleId,
  code,
  evidence,
  surveys,
  actions,
}: {
  cycleId: string;
  code: ExpectationCode;
  /** Evidence linked to this expectation. */
  evidence: readonly Evidence[];
  /** The cycle's bevragingen informing this expectation, as sources (`surveySources`). */
  surveys: readonly (Pick<Evidence, 'voices' | 'expectationCodes'> & { survey: Survey })[];
  /** Actions linked to this expectation. */
  actions: readonly Action[];
}) {
  // A bevraging is a source with its group's voice, so a parents' bevraging beside the team's own documents is
  // already two voices.
  const hint = evidenceCoverage([code], [...evidence, ...surveys])[0]?.hint;
  const today = todayIso();
  return (
    <>
      <section class="side-panel" aria-labelledby="rating-evidence-title">
        <h3 id="rating-evidence-title">{strings.rating.evidenceTitle}</h3>
        {evidence.length + surveys.length === 0 ? (
          <p>{strings.rating.evidenceNone}</p>
        ) : (
          <ul>
            {evidence.map((item) => (
              <li key={item.id}>
                {item.title} <SourceKind kind={item.kind} voices={item.voices} />
              </li>
            ))}
            {surveys.map(({ survey, voices }) => (
              <li key={survey.id}>
                <VoicesSourceItem cycleId={cycleId} survey={survey} voices={voices} />
              </li>
            ))}
          </ul>
        )}
        {hint && <p class="hint">{strings.rating.evidenceHints[hint]}</p>}
        <p>
          <a href={appPaths.evidenceFor(cycleId, code)}>{strings.rating.addEvidence(code)}</a>
        </p>
      </section>
      <section class="side-panel" aria-labelledby="rating-actions-title">
        <h3 id="rating-actions-title">{strings.rating.actionsTitle}</h3>
        {actions.length === 0 ? (
          <p>{strings.rating.actionsNone}</p>
        ) : (
          <ul>
            {actions.map((action) => (
              <li key={action.id}>
                {action.title}{' '}
                <span class="muted">
                  ({strings.actions.statuses[action.status]}
                  {isOverdue(action, today) && `, ${strings.actions.overdue}`})
                </span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={appPaths.actionsFor(cycleId, code)}>{strings.rating.addAction(code)}</a>
        </p>
      </section>
    </>
  );
}
