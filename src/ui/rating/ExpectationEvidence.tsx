import type { Action } from '../../domain/action';
import { evidenceCoverage, isOverdue } from '../../domain/dashboard';
import type { Evidence } from '../../domain/evidence';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { appPaths } from '../cycles/cycle-link';
import { todayIso } from '../format';
import * as strings from '../strings';

/**
 * The evidence and actions of one expectation beside its rating, with a gentle hint when the judgement rests
 * on no evidence or on one voice only.
 */
export function ExpectationEvidence({
  cycleId,
  code,
  evidence,
  actions,
}: {
  cycleId: string;
  code: ExpectationCode;
  /** Evidence linked to this expectation. */
  evidence: readonly Evidence[];
  /** Actions linked to this expectation. */
  actions: readonly Action[];
}) {
  const hint = evidenceCoverage([code], evidence)[0]?.hint;
  const today = todayIso();
  return (
    <>
      <section class="side-panel" aria-labelledby="rating-evidence-title">
        <h3 id="rating-evidence-title">{strings.rating.evidenceTitle}</h3>
        {evidence.length === 0 ? (
          <p>{strings.rating.evidenceNone}</p>
        ) : (
          <ul>
            {evidence.map((item) => (
              <li key={item.id}>
                {item.title}{' '}
                <span class="muted">
                  ({strings.evidenceKinds[item.kind]}
                  {item.voices.length > 0 && `; ${item.voices.map((v) => strings.voices[v]).join(', ')}`})
                </span>
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
