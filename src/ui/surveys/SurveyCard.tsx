import { useState } from 'preact/hooks';
import { isSurveyFinished, type Survey } from '../../domain/survey/survey';
import { surveyCode } from '../../domain/survey/survey-code';
import { getDatabase } from '../../storage/database';
import { closeSurvey, deleteSurvey } from '../../storage/survey-store';
import { appPaths } from '../cycles/cycle-link';
import { formatDate } from '../format';
import { useFocusRequest } from '../hooks/use-focus-request';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';

/** Ids of the elements of one bevraging's card that focus is sent to. */
export const surveyCardIds = (id: string) => ({
  title: `bevraging-${id}-titel`,
  edit: `bevraging-${id}-bewerken`,
  close: `bevraging-${id}-afsluiten`,
  remove: `bevraging-${id}-verwijderen`,
  confirm: `bevraging-${id}-bevestigen`,
  channels: `bevraging-${id}-kanalen`,
});

/** Where it stands: not yet begun, taking answers, or finished (closed early or its period over). */
function statusOf(survey: Survey, today: string): string {
  const text = strings.surveys;
  if (survey.closedAt) return text.closed;
  if (isSurveyFinished(survey, today)) return text.finished;
  return survey.startDate > today ? text.notStarted(formatDate(survey.startDate)) : text.running;
}

/**
 * One bevraging as the list shows it: whom it asks, when, how many were asked and how many answered so far —
 * a count identifies nobody; the results are not shown here. Closing early and deleting ask first, in the page.
 */
export function SurveyCard({
  survey,
  answered,
  onPaper,
  today,
  readOnly,
  onEdit,
  onDone,
}: {
  survey: Survey;
  answered: number;
  /** How many of those answers were typed in from paper forms. */
  onPaper: number;
  today: string;
  /** True while the cycle is closed. */
  readOnly: boolean;
  onEdit: () => void;
  /** After closing or deleting: what to announce, and where focus goes (undefined: the list). */
  onDone: (announcement: string, focusId?: string) => void;
}) {
  const text = strings.surveys;
  const ids = surveyCardIds(survey.id);
  const group = strings.respondentGroups[survey.group];
  const finished = isSurveyFinished(survey, today);
  const [confirming, setConfirming] = useState<'close' | 'delete'>();
  const task = useTask();
  const focus = useFocusRequest();

  const ask = (what: 'close' | 'delete'): void => {
    task.reset();
    setConfirming(what);
    focus(ids.confirm);
  };
  const cancel = (): void => {
    const from = confirming === 'close' ? ids.close : ids.remove;
    setConfirming(undefined);
    task.reset();
    focus(from);
  };
  const confirm = (): Promise<void> =>
    task.run(async () => {
      if (confirming === 'close') {
        await closeSurvey(getDatabase(), survey.id);
        setConfirming(undefined);
        onDone(text.closedDone(group), ids.title);
      } else {
        await deleteSurvey(getDatabase(), survey.id);
        onDone(text.deleted(group));
      }
      return [];
    });

  const hiddenName = <span class="visually-hidden"> {text.groupTitle(group)}</span>;
  return (
    <article class="card survey-card" aria-labelledby={ids.title}>
      <h3 id={ids.title} tabIndex={-1}>
        {text.groupTitle(group)}
      </h3>
      <dl class="facts survey-card__facts">
        <div>
          <dt>{text.period}</dt>
          <dd>{text.periodValue(formatDate(survey.startDate), formatDate(survey.endDate))}</dd>
        </div>
        <div>
          <dt>{text.statements}</dt>
          <dd>{text.statementsValue(survey.itemIds.length + survey.ownStatements.length)}</dd>
        </div>
        <div>
          <dt>{text.asked}</dt>
          <dd>{text.askedValue(survey.askedCount)}</dd>
        </div>
        <div>
          <dt>{text.answered}</dt>
          <dd>
            {answered}
            {onPaper > 0 && ` (${strings.paper.onPaper(onPaper)})`}
          </dd>
        </div>
        <div>
          <dt>{strings.paper.code}</dt>
          <dd class="survey-code">{surveyCode(survey)}</dd>
        </div>
        <div>
          <dt>{text.status}</dt>
          <dd>{statusOf(survey, today)}</dd>
        </div>
      </dl>
      {confirming ? (
        <div class="survey-card__confirm" role="group" aria-labelledby={ids.confirm}>
          <p id={ids.confirm} tabIndex={-1}>
            {confirming === 'close' ? text.confirmClose(group) : text.confirmDelete(group, answered)}
          </p>
          <p class="button-row">
            <button
              type="button"
              class={confirming === 'delete' ? 'button-danger' : 'button-primary'}
              disabled={task.state.status === 'busy'}
              onClick={() => void confirm()}
            >
              {confirming === 'close' ? text.confirmCloseYes : text.confirmDeleteYes}
            </button>
            <button type="button" onClick={cancel}>
              {text.cancel}
            </button>
          </p>
          <TaskOutcome state={task.state} busy={confirming === 'close' ? text.closing : text.deleting} />
        </div>
      ) : readOnly ? null : (
        <>
          {/* The ways answers come in, apart from what the coordinator does with the bevraging itself; none once
              it is finished. */}
          {!finished && (
            <>
              <h4 class="survey-card__subtitle" id={ids.channels}>
                {text.collectAnswers}
              </h4>
              <ul class="survey-card__channels" aria-labelledby={ids.channels}>
                <li>
                  <a class="button-link button-primary" href={appPaths.kiosk(survey.id)}>
                    {text.startKiosk}
                    {hiddenName}
                  </a>
                </li>
                <li>
                  <a href={appPaths.surveyLink(survey.id)}>
                    {text.linkAndQr}
                    {hiddenName}
                  </a>
                  <span class="survey-card__channel-hint">{text.linkAndQrHint}</span>
                </li>
                <li>
                  <a href={appPaths.paperForm(survey.id)}>
                    {strings.paper.paperLink}
                    {hiddenName}
                  </a>
                  {' · '}
                  <a href={appPaths.paperEntry(survey.id)}>
                    {strings.paper.entryLink}
                    {hiddenName}
                  </a>
                </li>
                <li>
                  <a href={appPaths.spreadsheet(survey.id)}>
                    {text.spreadsheet}
                    {hiddenName}
                  </a>
                  <span class="survey-card__channel-hint">{text.spreadsheetHint}</span>
                </li>
              </ul>
            </>
          )}
          <p class="button-row">
            <button type="button" id={ids.edit} onClick={onEdit}>
              {text.edit}
              {hiddenName}
            </button>
            {!finished && (
              <button type="button" id={ids.close} onClick={() => ask('close')}>
                {text.close}
                {hiddenName}
              </button>
            )}
            <button type="button" id={ids.remove} class="button-danger" onClick={() => ask('delete')}>
              {text.delete}
              {hiddenName}
            </button>
          </p>
        </>
      )}
    </article>
  );
}
