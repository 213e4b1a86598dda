import { expectationsInScope, type FrameworkSummary } from '../../domain/framework/framework-summary';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import { cycleKind } from '../../domain/cycle';
import { inSurveyOrder, type Survey } from '../../domain/survey/survey';
import { isClosed } from '../../domain/workflow';
import type { CycleData } from '../../storage/cycle-store';
import { CycleGate } from '../cycles/CycleGate';
import { readDraft } from '../drafts/draft-store';
import { todayIso } from '../format';
import { NEW, useListEditing } from '../hooks/use-list-editing';
import * as strings from '../strings';
import { draftOfSurvey, newSurveyDraft, surveyDraftKey } from './survey-draft';
import { SurveyCard, surveyCardIds } from './SurveyCard';
import { lazyComponent } from '../lazy-module';
import { Loading } from '../loading';

const ADD_BUTTON_ID = 'survey-add';
const LIST_TITLE_ID = 'survey-list-title';

/**
 * The cycle's bevragingen: each with its group, period and how many answered so far (never its results: those
 * show beside the ratings once it is finished), and the form to set one up or change it.
 */
export default function SurveysPage({
  framework,
  questionnaires,
}: {
  framework: FrameworkSummary;
  /** Our questionnaires, one per group: content handed over by the page. */
  questionnaires: readonly Questionnaire[];
}) {
  return (
    <CycleGate view="surveys">
      {(data) => <Surveys data={data} framework={framework} questionnaires={questionnaires} />}
    </CycleGate>
  );
}

/**
 * The form to set up or change a bevraging, its code (with the record's schemas it checks against) loaded when it
 * first opens: following the bevragingen that run never needs it.
 */
const LazySurveyForm = lazyComponent(
  () => import('./SurveyForm').then((module) => module.SurveyForm),
  <Loading />,
);

function Surveys({
  data,
  framework,
  questionnaires,
}: {
  data: CycleData;
  framework: FrameworkSummary;
  questionnaires: readonly Questionnaire[];
}) {
  const text = strings.surveys;
  const { cycle } = data;
  const readOnly = isClosed(cycle);
  // The voices inform the team's judgement and the centre's report; a reflection of one's own has neither.
  const teamCycle = cycleKind(cycle) === 'team';
  const today = todayIso();
  const expectations = expectationsInScope(framework, cycle.scope);
  const { editing, announcement, announce, focus, open, close, cancel } = useListEditing({
    newDraftBegun: () => readDraft(surveyDraftKey(cycle.id), newSurveyDraft(today)) !== undefined,
    addButtonId: ADD_BUTTON_ID,
    editButtonId: (id) => surveyCardIds(id).edit,
  });
  const all = inSurveyOrder(data.surveys);
  const answersOf = (survey: Survey): number =>
    data.surveyResponses.filter((response) => response.surveyId === survey.id).length;
  const groupName = (survey: Survey): string => strings.respondentGroups[survey.group];

  const onSaved = (survey: Survey): void => {
    announce(text.saved(groupName(survey)));
    close(surveyCardIds(survey.id).title);
  };

  const form = (existing: Survey | undefined) => (
    <LazySurveyForm
      cycleId={cycle.id}
      questionnaires={questionnaires}
      expectations={expectations}
      initial={existing ? draftOfSurvey(existing) : newSurveyDraft(today)}
      existing={existing}
      answered={existing ? answersOf(existing) : 0}
      onSaved={onSaved}
      onCancel={cancel}
    />
  );

  return (
    <div class="survey-list">
      <p class="edit-list-announcement" role="status">
        {announcement}
      </p>
      {!teamCycle ? (
        <div class="notice">
          <p>{text.teamOnly}</p>
        </div>
      ) : editing === NEW ? (
        form(undefined)
      ) : readOnly ? null : (
        <p>
          <button type="button" id={ADD_BUTTON_ID} class="button-primary" onClick={() => open(NEW)}>
            {text.add}
          </button>
        </p>
      )}
      {!teamCycle && all.length === 0 ? null : all.length === 0 ? (
        <div class="notice">
          <p>
            <strong>{text.empty}</strong>
          </p>
          <p>{text.emptyWhy}</p>
        </div>
      ) : (
        <section aria-labelledby={LIST_TITLE_ID}>
          <h2 id={LIST_TITLE_ID} tabIndex={-1}>
            {text.listTitle}
          </h2>
          <p>{text.resultsElsewhere}</p>
          <ul class="edit-list survey-list__items">
            {all.map((survey) => (
              <li key={survey.id}>
                {editing === survey.id ? (
                  form(survey)
                ) : (
                  <SurveyCard
                    survey={survey}
                    answered={answersOf(survey)}
                    onPaper={
                      data.surveyResponses.filter(
                        (response) => response.surveyId === survey.id && response.channel === 'paper',
                      ).length
                    }
                    today={today}
                    readOnly={readOnly}
                    onEdit={() => open(survey.id)}
                    onDone={(message, focusId) => {
                      announce(message);
                      focus(focusId ?? (all.length > 1 ? LIST_TITLE_ID : ADD_BUTTON_ID));
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
