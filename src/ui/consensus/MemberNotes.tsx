import type { OwnAssessment } from '../../domain/aggregation';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { ratingLabel } from '../../domain/framework/framework-summary';
import { practiceToSubstantiate } from '../../domain/good-practice';
import * as strings from '../strings';
import { memberWithRole } from './member-name';

const text = strings.consensus;

const FIELDS = [
  ['justification', strings.rating.justificationLabel],
  ['strengths', strings.rating.strengthsLabel],
  ['pointsToDevelop', strings.rating.pointsToDevelopLabel],
] as const;

/**
 * What each participant answered and wrote about the expectation, in the cycle's order; beside a level 4 the
 * practice they described, marked while it still needs substantiating.
 */
export function MemberNotes({
  framework,
  own,
  evidenceIds,
}: {
  framework: FrameworkSummary;
  /** The participants' own assessments, in the cycle's order. */
  own: readonly OwnAssessment[];
  /** The evidence of this expectation in the team cycle, which may back a criterion. */
  evidenceIds: ReadonlySet<string>;
}) {
  const criterionIds = framework.goodPracticeCriteria.map((criterion) => criterion.id);
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
          {assessment.rating === 'exceeds' && (
            <div class="member-note__practice">
              <p class="prewrap">
                <strong>{text.memberPractice}:</strong>{' '}
                {assessment.goodPractice?.description.trim() || text.memberPracticeNone}
              </p>
              {practiceToSubstantiate(assessment, criterionIds, evidenceIds) && (
                <p>
                  <span class="badge">{text.practiceToSubstantiate}</span>
                </p>
              )}
            </div>
          )}
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
