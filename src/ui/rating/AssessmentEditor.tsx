import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Assessment, GoodPractice, Rating } from '../../domain/assessment';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import { ratingLabel } from '../../domain/framework/framework-summary';
import { SUPPORT_LEVELS, type SupportLevel } from '../../domain/framework/support-level';
import { emptyGoodPractice, goodPracticeGuard, goodPracticeProblems } from '../../domain/good-practice';
import { chosenRating, ratingToStore } from '../../domain/rating-choice';
import type { CycleData } from '../../storage/cycle-store';
import { isClosed } from '../../domain/workflow';
import { ReadOnlyGroup } from '../cycles/ReadOnly';
import { saveUserRecord } from '../data/save';
import { draftKey } from '../drafts/draft-store';
import { useAutosave } from '../hooks/use-autosave';
import { SaveStatus } from '../save-status';
import * as strings from '../strings';
import { surveySources } from '../surveys/voice-sources';
import { ExpectationEvidence } from './ExpectationEvidence';
import { GoodPracticeFields } from './GoodPracticeFields';
import { ScaleRadioGroup } from './ScaleRadioGroup';

/** What the form holds: the record, the answer chosen, and the good practice being described. */
interface Draft {
  assessment: Assessment;
  chosen: Rating;
  goodPractice: GoodPractice;
}

/** The texts of an assessment. */
export type TextField = 'justification' | 'strengths' | 'pointsToDevelop';

/** What a view adds under one of the texts, given the text, the id of its field and a way to change it. */
export type TextFieldExtra = (field: {
  name: TextField;
  label: string;
  value: string;
  textareaId: string;
  onChange: (value: string) => void;
}) => ComponentChildren;
const TEXT_FIELDS: { field: TextField; label: string; hint?: string }[] = [
  {
    field: 'justification',
    label: strings.rating.justificationLabel,
    hint: strings.rating.justificationHint,
  },
  { field: 'strengths', label: strings.rating.strengthsLabel },
  { field: 'pointsToDevelop', label: strings.rating.pointsToDevelopLabel },
];

/**
 * One person's — or the team's — judgement of one expectation, saved as they go. Under the full guard level 4
 * is only stored once its good practice is complete, and until then the form shows what is missing and which
 * rating is kept; a member's level 4 in a team self-evaluation is stored at once, with what is still missing.
 */
export function AssessmentEditor({
  framework,
  code,
  data,
  stored,
  blank,
  questionnaires,
  textFieldExtra,
}: {
  framework: FrameworkSummary;
  code: ExpectationCode;
  data: CycleData;
  /** The saved assessment, if there is one yet. */
  stored: Assessment | undefined;
  /** The assessment to start from when none is saved (not stored until the first change). */
  blank: Assessment;
  /** The questionnaires of the respondent groups: the cycle's bevragingen count as sources through them. */
  questionnaires: readonly Questionnaire[];
  /** Shown under each text (the consensus view offers its members' statements there). */
  textFieldExtra?: TextFieldExtra;
}) {
  const criterionIds = framework.goodPracticeCriteria.map((c) => c.id);
  const toDraft = (assessment: Assessment): Draft => ({
    assessment,
    chosen: chosenRating(assessment),
    goodPractice: assessment.goodPractice ?? emptyGoodPractice(criterionIds),
  });
  const storedRating = useRef<Rating>(stored?.rating ?? 'notRated');
  /** When this form last saved, or when the copy it started from was saved. */
  const savedAt = useRef(stored?.updatedAt ?? '');
  const autosave = useAutosave(
    async (assessment: Assessment) => {
      const saved = await saveUserRecord('assessments', assessment);
      storedRating.current = saved.rating;
      savedAt.current = saved.updatedAt;
    },
    // Named by whose judgement of which expectation it is: a blank gets a new id on every visit.
    {
      key: draftKey('beoordeling', data.cycle.id, `${blank.participantId ?? 'team'}:${code}`),
      shape: stored ?? blank,
    },
  );
  const [draft, setDraft] = useState<Draft>(() => toDraft(autosave.recovered ?? stored ?? blank));

  // Take what another tab saved, unless this tab has edits not saved yet. The database may still report one of
  // this form's own earlier saves after the last one (arrow keys through the scale save at every step): that
  // copy is no newer than the last save, and taking it would undo the rater's latest choice.
  useEffect(() => {
    if (stored && !autosave.hasUnsaved() && stored.updatedAt > savedAt.current) {
      storedRating.current = stored.rating;
      setDraft(toDraft(stored));
    }
  }, [stored]);

  const guard = goodPracticeGuard(data.cycle, draft.assessment.kind);
  const evidence = data.evidence.filter((item) => item.expectationCodes.includes(code));
  const actions = data.actions.filter((action) => action.expectationCodes.includes(code));
  const surveys = surveySources(data.surveys, questionnaires).filter((source) =>
    source.expectationCodes.includes(code),
  );
  const problems = goodPracticeProblems(
    draft.goodPractice,
    criterionIds,
    new Set(evidence.map((item) => item.id)),
  );

  const update = (change: Partial<Draft> & { assessment?: Assessment }, complete = false): void => {
    const next = { ...draft, ...change };
    const nextProblems = goodPracticeProblems(
      next.goodPractice,
      criterionIds,
      new Set(evidence.map((item) => item.id)),
    );
    const aimsForExceeds = next.chosen === 'exceeds';
    next.assessment = {
      ...next.assessment,
      // A member's level 4 is kept as chosen (and marked until substantiated); the full guard holds elsewhere.
      rating: ratingToStore(next.chosen, guard === 'full' ? nextProblems : [], storedRating.current),
      goodPractice: aimsForExceeds ? next.goodPractice : undefined,
    };
    setDraft(next);
    autosave.changed(next.assessment, complete);
  };
  const edit = (change: Partial<Assessment>, complete = false): void =>
    update({ assessment: { ...draft.assessment, ...change } }, complete);
  const toggleLevel = (level: SupportLevel, on: boolean): void => {
    const levels = on
      ? [...draft.assessment.supportLevels, level]
      : draft.assessment.supportLevels.filter((l) => l !== level);
    edit({ supportLevels: SUPPORT_LEVELS.filter((l) => levels.includes(l)) }, true);
  };

  return (
    <div class="rating-editor">
      <form class="app-form" onSubmit={(event) => event.preventDefault()}>
        <SaveStatus state={autosave.state} />
        <ReadOnlyGroup readOnly={isClosed(data.cycle)}>
          <ScaleRadioGroup
            framework={framework}
            value={draft.chosen}
            onChange={(chosen) => update({ chosen }, true)}
          />
          {draft.chosen === 'exceeds' && (
            <GoodPracticeFields
              goodPractice={draft.goodPractice}
              criteria={framework.goodPracticeCriteria}
              evidence={evidence}
              problems={problems}
              guard={guard}
              keptLabel={ratingLabel(framework, draft.assessment.rating)}
              onChange={(goodPractice) => update({ goodPractice })}
            />
          )}
          {TEXT_FIELDS.map(({ field, label, hint }) => (
            <div class="field" key={field}>
              <label for={`rating-${field}`}>{label}</label>
              {hint && (
                <p class="field__hint" id={`rating-${field}-hint`}>
                  {hint}
                </p>
              )}
              <textarea
                id={`rating-${field}`}
                rows={field === 'justification' ? 6 : 4}
                value={draft.assessment[field]}
                aria-describedby={hint ? `rating-${field}-hint` : undefined}
                onInput={(event) => edit({ [field]: event.currentTarget.value })}
              />
              {textFieldExtra?.({
                name: field,
                label,
                value: draft.assessment[field],
                textareaId: `rating-${field}`,
                onChange: (value) => edit({ [field]: value }),
              })}
            </div>
          ))}
          <fieldset class="field">
            <legend>{strings.rating.supportLevelsLegend}</legend>
            <div class="checkbox-row">
              {SUPPORT_LEVELS.map((level) => (
                <label class="checkbox" key={level}>
                  <input
                    type="checkbox"
                    checked={draft.assessment.supportLevels.includes(level)}
                    onChange={(event) => toggleLevel(level, event.currentTarget.checked)}
                  />
                  {strings.helpers.supportLevels[level]}
                </label>
              ))}
            </div>
          </fieldset>
        </ReadOnlyGroup>
      </form>
      <ExpectationEvidence
        cycleId={data.cycle.id}
        code={code}
        evidence={evidence}
        surveys={surveys}
        actions={actions}
      />
    </div>
  );
}
