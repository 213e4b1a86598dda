import type { OwnAssessment } from '../../domain/aggregation';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { ratingLabel } from '../../domain/framework/framework-summary';
import * as strings from '../strings';
import { memberWithRole } from './member-name';

const text = strings.consensus;

const FIELDS = [
  ['justification', strings.rating.justificationLabel],
  ['strengths', strings.rating.strengthsLabel],
  ['pointsToDevelop', strings.rating.pointsToDevelopLabel],
] as const;

/** What each participant answered and wrote about the expectation, in the order they joined. */
export function MemberNotes({
  framework,
  own,
}: {
  framework: FrameworkSummary;
  /** The participants' own assessments, in the order they joined. */
  own: readonly OwnAssessment[];
}) {
  const answered = own.filter(
    ({ assessment }) =>
      assessment.rating !== 'notRated' || FIELDS.some(([field]) => assessment[field].trim() !== ''),
  );
  return (
    <section aria-labelledby="members-title">
      <h3 id="members-title">{text.membersTitle}</h3>
      {answered.length === 0 && <p>{text.membersNone}</p>}
      {answered.map(({ participant, assessment }) => (
        <article key={participant.id} class="member-note" aria-labelledby={`member-${participant.id}`}>
          <h4 id={`member-${participant.id}`}>
            {memberWithRole(participant)}: {ratingLabel(framework, assessment.rating)}
          </h4>
          {FIELDS.some(([field]) => assessment[field].trim() !== '') && (
            <dl>
              {FIELDS.filter(([field]) => assessment[field].trim() !== '').map(([field, label]) => (
                <div key={field}>
                  <dt>{label}</dt>
                  <dd class="prewrap">{assessment[field].trim()}</dd>
                </div>
              ))}
            </dl>
          )}
        </article>
      ))}
    </section>
  );
}
