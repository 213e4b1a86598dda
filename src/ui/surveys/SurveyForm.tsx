import { useEffect, useState } from 'preact/hooks';
import type { Expectation } from '../../domain/framework/expectation';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { LABEL_MAX_LENGTH } from '../../domain/record';
import { MIN_ANONYMITY_THRESHOLD } from '../../domain/survey/anonymity';
import { askedStatements, proposedItemIds } from '../../domain/survey/asked-statements';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import { RESPONDENT_GROUPS, type RespondentGroup } from '../../domain/survey/respondent-group';
import { MAX_OWN_STATEMENTS, type OwnStatement, type Survey } from '../../domain/survey/survey';
import { getDatabase } from '../../storage/database';
import { saveSurvey } from '../../storage/survey-store';
import { ExpectationChecklist } from '../cycles/ExpectationChecklist';
import { askPersistenceOnFirstSave } from '../data/save';
import { ErrorSummary, FieldError, invalidProps } from '../error-summary';
import { FormFooter } from '../form-footer';
import { useDraft } from '../hooks/use-draft';
import { useFocusRequest } from '../hooks/use-focus-request';
import { useTask } from '../run-task';
import * as strings from '../strings';
import {
  newOwnStatement,
  surveyDraftKey,
  type SurveyDraft,
  type SurveyErrors,
  type SurveyField,
  withFrozenStatements,
} from './survey-draft';
import { surveyErrorsOf, surveyFromDraft } from './survey-from-draft';

const ID = 'survey-form';
const HEADING_ID = `${ID}-heading`;
const fieldId = (field: SurveyField): string => `${ID}-${field}`;
const errorId = (field: SurveyField): string => `${ID}-${field}-error`;

/**
 * Sets up or changes one bevraging: the group, the questionnaire's statements (those informing the cycle's
 * scope ticked), own statements, the introduction, the period, how many were asked and the anonymity
 * threshold. Saved as a whole with "Bewaren", validated first; what is typed is kept as a draft until then.
 * Once the bevraging has answers, its group and statements are shown, not offered: they are frozen.
 */
export function SurveyForm({
  cycleId,
  questionnaires,
  expectations,
  initial,
  existing,
  answered,
  onSaved,
  onCancel,
}: {
  cycleId: string;
  questionnaires: readonly Questionnaire[];
  /** The expectations in the cycle's scope, in reading order: what proposes statements, what own ones inform. */
  expectations: readonly Expectation[];
  initial: SurveyDraft;
  existing: Survey | undefined;
  /** How many answers the bevraging has; any freezes what it asks. */
  answered: number;
  onSaved: (survey: Survey) => void;
  onCancel: () => void;
}) {
  const text = strings.surveyForm;
  const kept = useDraft(surveyDraftKey(cycleId, existing), initial);
  const draft = kept.value;
  const [errors, setErrors] = useState<SurveyErrors>({});
  const saving = useTask();
  const focus = useFocusRequest();
  // Once answered, the group and statements are the stored ones, whatever a leftover draft holds.
  const frozen = answered > 0 ? existing : undefined;
  const questionnaire = questionnaires.find((q) => q.group === (frozen?.group ?? draft.group));
  const scope = expectations.map((expectation) => expectation.code);

  useEffect(() => focus(HEADING_ID), []);

  const update = (change: Partial<SurveyDraft>): void => kept.set({ ...draft, ...change });
  const chooseGroup = (group: RespondentGroup): void => {
    const chosen = questionnaires.find((q) => q.group === group);
    update({ group, itemIds: chosen ? proposedItemIds(chosen, scope) : [] });
  };
  const toggleItem = (id: string, on: boolean): void => {
    const next = on ? [...draft.itemIds, id] : draft.itemIds.filter((itemId) => itemId !== id);
    // Asked in the questionnaire's order, whatever order they were ticked in.
    update({
      itemIds: (questionnaire?.items ?? []).map((item) => item.id).filter((id) => next.includes(id)),
    });
  };
  const changeOwn = (id: string, change: Partial<OwnStatement>): void =>
    update({
      ownStatements: draft.ownStatements.map((own) => (own.id === id ? { ...own, ...change } : own)),
    });
  const addOwn = (): void => {
    const own = newOwnStatement();
    update({ ownStatements: [...draft.ownStatements, own] });
    focus(fieldId(`own-${own.id}`));
  };
  const removeOwn = (index: number): void => {
    update({ ownStatements: draft.ownStatements.filter((_, i) => i !== index) });
    focus(`${ID}-own-add`);
  };
  const discard = (): void => {
    kept.clear();
    onCancel();
  };

  const submit = (event: Event): void => {
    event.preventDefault();
    const asked = withFrozenStatements(draft, frozen);
    const found = surveyErrorsOf(asked);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focus(`${ID}-errors`);
      return;
    }
    void saving.run(async () => {
      const saved = await saveSurvey(getDatabase(), surveyFromDraft(asked, cycleId, existing));
      askPersistenceOnFirstSave();
      kept.clear();
      onSaved(saved);
      return [];
    });
  };

  /** The accessibility attributes of a field that may be wrong, with its hint if it has one. */
  const validity = (field: SurveyField, hint = true) =>
    invalidProps(errorId(field), errors[field], hint ? `${fieldId(field)}-hint` : undefined);

  return (
    <form class="app-form survey-form" onSubmit={submit} noValidate aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1}>
        {existing ? text.editTitle : text.newTitle}
      </h2>
      <ErrorSummary
        id={`${ID}-errors`}
        title={text.errorSummary}
        problems={(Object.entries(errors) as [SurveyField, string][]).map(([field, message]) => ({
          fieldId: fieldId(field),
          message,
        }))}
      />

      {frozen && questionnaire ? (
        <FrozenStatements survey={frozen} questionnaire={questionnaire} />
      ) : (
        <>
          <fieldset class="field" id={fieldId('group')} tabIndex={-1}>
            <legend>{text.group}</legend>
            <FieldError id={errorId('group')} message={errors.group} />
            <div class="checkbox-row">
              {RESPONDENT_GROUPS.map((group) => (
                <label key={group} class="radio">
                  <input
                    type="radio"
                    name={`${ID}-group`}
                    value={group}
                    checked={draft.group === group}
                    onChange={() => chooseGroup(group)}
                  />
                  {strings.respondentGroups[group]}
                </label>
              ))}
            </div>
          </fieldset>

          <fieldset
            class="field survey-form__statements"
            id={fieldId('itemIds')}
            tabIndex={-1}
            aria-describedby={`${fieldId('itemIds')}-hint`}
          >
            <legend>
              {text.statements} <span class="badge badge--ours">{strings.helpers.oursBadge}</span>
            </legend>
            <p class="field__hint" id={`${fieldId('itemIds')}-hint`}>
              {questionnaire ? text.statementsHint : text.chooseGroupFirst}
            </p>
            <FieldError id={errorId('itemIds')} message={errors.itemIds} />
            {questionnaire?.items.map((item) => (
              <label class="checkbox" key={item.id}>
                <input
                  type="checkbox"
                  name={`${ID}-items`}
                  value={item.id}
                  checked={draft.itemIds.includes(item.id)}
                  onChange={(event) => toggleItem(item.id, event.currentTarget.checked)}
                />
                <span>
                  {item.statement}{' '}
                  <span class="survey-form__informs">
                    ({text.informs} {item.informs.join(', ')})
                  </span>
                </span>
              </label>
            ))}
          </fieldset>

          <fieldset class="field survey-form__own" aria-describedby={`${ID}-own-hint`}>
            <legend>{text.ownTitle}</legend>
            <p class="field__hint" id={`${ID}-own-hint`}>
              {text.ownHint(MAX_OWN_STATEMENTS)}
            </p>
            <ol class="survey-form__own-list">
              {draft.ownStatements.map((own, index) => (
                <li key={own.id} class="card">
                  <div class="field">
                    <label for={fieldId(`own-${own.id}`)}>{text.ownStatement(index + 1)}</label>
                    <FieldError id={errorId(`own-${own.id}`)} message={errors[`own-${own.id}`]} />
                    <input
                      id={fieldId(`own-${own.id}`)}
                      type="text"
                      value={own.statement}
                      onInput={(event) => changeOwn(own.id, { statement: event.currentTarget.value })}
                      maxLength={LABEL_MAX_LENGTH}
                      aria-required="true"
                      {...validity(`own-${own.id}`, false)}
                    />
                  </div>
                  <ExpectationChecklist
                    id={fieldId(`own-${own.id}-informs`)}
                    legend={text.ownInforms(index + 1)}
                    expectations={expectations}
                    selected={own.informs}
                    error={
                      <FieldError
                        id={errorId(`own-${own.id}-informs`)}
                        message={errors[`own-${own.id}-informs`]}
                      />
                    }
                    onChange={(informs: ExpectationCode[]) => changeOwn(own.id, { informs })}
                  />
                  <p>
                    <button type="button" onClick={() => removeOwn(index)}>
                      {text.ownRemove(index + 1)}
                    </button>
                  </p>
                </li>
              ))}
            </ol>
            {draft.ownStatements.length < MAX_OWN_STATEMENTS ? (
              <p>
                <button type="button" id={`${ID}-own-add`} onClick={addOwn}>
                  {text.ownAdd}
                </button>
              </p>
            ) : (
              <p id={`${ID}-own-add`} tabIndex={-1}>
                {text.ownFull(MAX_OWN_STATEMENTS)}
              </p>
            )}
          </fieldset>
        </>
      )}

      <div class="field">
        <label for={fieldId('introduction')}>{text.introduction}</label>
        <p class="field__hint" id={`${fieldId('introduction')}-hint`}>
          {text.introductionHint}
          {questionnaire && (
            <>
              {' '}
              <q class="ours">{questionnaire.introduction}</q>
            </>
          )}
        </p>
        <FieldError id={errorId('introduction')} message={errors.introduction} />
        <textarea
          id={fieldId('introduction')}
          rows={3}
          value={draft.introduction}
          placeholder={questionnaire?.introduction}
          onInput={(event) => update({ introduction: event.currentTarget.value })}
          {...validity('introduction')}
        />
      </div>

      <fieldset class="field survey-form__period" aria-describedby={`${ID}-period-hint`}>
        <legend>{text.periodLegend}</legend>
        <p class="field__hint" id={`${ID}-period-hint`}>
          {text.periodHint}
        </p>
        {(['startDate', 'endDate'] as const).map((field) => (
          <div class="field" key={field}>
            <label for={fieldId(field)}>{text[field]}</label>
            <FieldError id={errorId(field)} message={errors[field]} />
            <input
              id={fieldId(field)}
              type="date"
              value={draft[field]}
              onInput={(event) => update({ [field]: event.currentTarget.value })}
              aria-required="true"
              {...validity(field, false)}
            />
          </div>
        ))}
      </fieldset>

      <div class="field">
        <label for={fieldId('askedCount')}>{text.askedCount}</label>
        <p class="field__hint" id={`${fieldId('askedCount')}-hint`}>
          {text.askedCountHint}
        </p>
        <FieldError id={errorId('askedCount')} message={errors.askedCount} />
        <input
          id={fieldId('askedCount')}
          class="survey-form__number"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={draft.askedCount}
          onInput={(event) => update({ askedCount: event.currentTarget.value })}
          aria-required="true"
          {...validity('askedCount')}
        />
      </div>

      <div class="field">
        <label for={fieldId('anonymityThreshold')}>{text.threshold}</label>
        <p class="field__hint" id={`${fieldId('anonymityThreshold')}-hint`}>
          {text.thresholdHint(MIN_ANONYMITY_THRESHOLD)}
        </p>
        <FieldError id={errorId('anonymityThreshold')} message={errors.anonymityThreshold} />
        <input
          id={fieldId('anonymityThreshold')}
          class="survey-form__number"
          type="number"
          inputMode="numeric"
          min={MIN_ANONYMITY_THRESHOLD}
          step={1}
          value={draft.anonymityThreshold}
          onInput={(event) => update({ anonymityThreshold: event.currentTarget.value })}
          aria-required="true"
          {...validity('anonymityThreshold')}
        />
      </div>

      <FormFooter formId={ID} saving={saving.state} changed={kept.changed} onDiscard={discard} text={text} />
    </form>
  );
}

/** The group and statements of a bevraging that has answers, as a list, with why they cannot change. */
function FrozenStatements({
  survey,
  questionnaire,
}: {
  survey: Pick<SurveyDraft, 'itemIds' | 'ownStatements'>;
  questionnaire: Questionnaire;
}) {
  const text = strings.surveyForm;
  return (
    <section class="field survey-form__frozen" aria-labelledby={`${ID}-frozen-title`}>
      <h3 id={`${ID}-frozen-title`}>
        {text.statements} <span class="badge badge--ours">{strings.helpers.oursBadge}</span>
      </h3>
      <p class="notice">
        {text.groupFrozen} {text.frozen}
      </p>
      <ol>
        {askedStatements(survey, questionnaire).map((statement) => (
          <li key={statement.id}>
            {statement.statement}{' '}
            <span class="survey-form__informs">
              ({text.informs} {statement.informs.join(', ')})
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
