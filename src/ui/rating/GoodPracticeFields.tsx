import type { GoodPractice } from '../../domain/assessment';
import type { Evidence } from '../../domain/evidence';
import type { GoodPracticeCriterion } from '../../domain/framework/scale';
import type { GoodPracticeGuard, GoodPracticeProblem } from '../../domain/good-practice';
import * as strings from '../strings';

const text = strings.rating.goodPractice;

/** One line per missing piece: the description, then each criterion with everything it still lacks. */
function problemLines(
  problems: readonly GoodPracticeProblem[],
  criteria: readonly GoodPracticeCriterion[],
): string[] {
  const lines: string[] = problems.some((p) => p.kind === 'missingDescription')
    ? [text.missingDescription]
    : [];
  for (const criterion of criteria) {
    const kinds = problems.flatMap((p) =>
      p.kind !== 'missingDescription' && p.criterionId === criterion.id ? [p.kind] : [],
    );
    if (kinds.length > 0) {
      lines.push(
        text.criterionMissing(
          criterion.order,
          kinds.includes('criterionNotMet'),
          kinds.includes('criterionWithoutEvidence'),
        ),
      );
    }
  }
  return lines;
}

/**
 * What level 4 asks: the practice named, the inspectorate's five criteria ticked, each backed by evidence of
 * this expectation; and, as long as something is missing, what is missing and which rating is kept meanwhile.
 */
export function GoodPracticeFields({
  goodPractice,
  criteria,
  evidence,
  problems,
  guard,
  keptLabel,
  onChange,
}: {
  goodPractice: GoodPractice;
  criteria: readonly GoodPracticeCriterion[];
  /** The evidence linked to this expectation, which may back a criterion. */
  evidence: readonly Evidence[];
  problems: readonly GoodPracticeProblem[];
  /** `full`: level 4 waits for the complete practice; `member`: it counts at once, marked until substantiated. */
  guard: GoodPracticeGuard;
  /** The label of the rating stored while level 4 is not accepted. */
  keptLabel: string;
  onChange: (goodPractice: GoodPractice) => void;
}) {
  const check = (criterionId: string) =>
    goodPractice.criteria.find((c) => c.criterionId === criterionId) ?? {
      criterionId,
      met: false,
      evidenceIds: [],
    };
  const updateCheck = (criterionId: string, change: { met?: boolean; evidenceIds?: string[] }): void => {
    const others = goodPractice.criteria.filter((c) => c.criterionId !== criterionId);
    onChange({ ...goodPractice, criteria: [...others, { ...check(criterionId), ...change }] });
  };

  return (
    <section class="good-practice" aria-labelledby="good-practice-title">
      <h3 id="good-practice-title">{text.title}</h3>
      <p class="field__hint">{text.explanation}</p>
      <div class={problems.length === 0 ? 'outcome' : 'outcome outcome--warning'} role="status">
        {problems.length === 0 ? (
          <p>{text.accepted}</p>
        ) : (
          <>
            <p>{guard === 'full' ? text.notAccepted(keptLabel) : text.toSubstantiate}</p>
            <ul>
              {problemLines(problems, criteria).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div class="field">
        <label for="good-practice-description">{text.descriptionLabel}</label>
        <textarea
          id="good-practice-description"
          rows={4}
          value={goodPractice.description}
          onInput={(event) => onChange({ ...goodPractice, description: event.currentTarget.value })}
        />
      </div>
      <fieldset class="field">
        <legend>{text.criteriaLegend}</legend>
        <ol class="criteria">
          {criteria.map((criterion) => {
            const current = check(criterion.id);
            return (
              <li key={criterion.id} class="criteria__item">
                <label class="checkbox">
                  <input
                    type="checkbox"
                    checked={current.met}
                    onChange={(event) => updateCheck(criterion.id, { met: event.currentTarget.checked })}
                  />
                  <span>
                    {criterion.label} <span class="visually-hidden">{text.met}</span>
                  </span>
                </label>
                <fieldset class="criteria__evidence">
                  <legend>{text.evidenceLegend(criterion.order)}</legend>
                  {evidence.length === 0 ? (
                    <p class="field__hint">{text.noEvidence}</p>
                  ) : (
                    evidence.map((item) => (
                      <label class="checkbox" key={item.id}>
                        <input
                          type="checkbox"
                          checked={current.evidenceIds.includes(item.id)}
                          onChange={(event) =>
                            updateCheck(criterion.id, {
                              evidenceIds: event.currentTarget.checked
                                ? [...current.evidenceIds, item.id]
                                : current.evidenceIds.filter((id) => id !== item.id),
                            })
                          }
                        />
                        {item.title}
                      </label>
                    ))
                  )}
                </fieldset>
              </li>
            );
          })}
        </ol>
      </fieldset>
    </section>
  );
}
