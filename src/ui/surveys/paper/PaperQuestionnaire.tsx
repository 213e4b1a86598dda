import { paperForm, type PaperForm } from '../../../domain/survey/paper-form';
import type { Questionnaire } from '../../../domain/survey/questionnaire';
import { isSurveyFinished } from '../../../domain/survey/survey';
import { appPaths } from '../../cycles/cycle-link';
import { downloadFile } from '../../data/download';
import { todayIso } from '../../format';
import { TaskOutcome, useTask } from '../../run-task';
import * as strings from '../../strings';
import { TaskButton } from '../../task-button';
import { PaperFormView } from './PaperFormView';
import { SurveyGate } from '../SurveyGate';

/** The printable questionnaire of a bevraging (`/app/bevragingen/papier/?bevraging=`), and its Word file. */
export default function PaperQuestionnaire({ questionnaires }: { questionnaires: readonly Questionnaire[] }) {
  return (
    <SurveyGate questionnaires={questionnaires}>
      {({ survey, questionnaire }) => (
        <PrintableForm
          form={paperForm(survey, questionnaire)}
          back={appPaths.surveys(survey.cycleId)}
          entry={isSurveyFinished(survey, todayIso()) ? undefined : appPaths.paperEntry(survey.id)}
        />
      )}
    </SurveyGate>
  );
}

function PrintableForm({ form, back, entry }: { form: PaperForm; back: string; entry: string | undefined }) {
  const text = strings.paper;
  const task = useTask();
  // The Word renderer and its library load only when asked for, as on the report page.
  const download = (): Promise<void> =>
    task.run(async () => {
      const [{ renderPaperDocx }, { pictogramPngs }] = await Promise.all([
        import('../../../exports/docx/render-paper-docx'),
        import('./pictogram-pngs'),
      ]);
      const name = text.wordFileName(form.title, form.code);
      downloadFile(await renderPaperDocx(form, form.easyRead ? await pictogramPngs() : undefined), name);
      return [text.wordDone(name)];
    });
  return (
    <>
      <div class="paper-controls">
        <p>
          {text.code} <strong class="survey-code">{form.code}</strong>
        </p>
        <p class="field__hint">{text.codeHint}</p>
        <p class="button-row">
          <button type="button" class="button-primary" onClick={() => window.print()}>
            {text.print}
          </button>
          <TaskButton busy={task.state.status === 'busy'} onClick={() => void download()}>
            {text.word}
          </TaskButton>
        </p>
        <p class="field__hint">{text.printHint}</p>
        <TaskOutcome state={task.state} busy={text.wordBusy} />
        <p>
          <a href={back}>{strings.surveys.backToSurveys}</a>
          {entry && (
            <>
              {' · '}
              <a href={entry}>{text.toEntry}</a>
            </>
          )}
        </p>
        <h2 class="paper-controls__preview">{text.formPreview}</h2>
      </div>
      <PaperFormView form={form} />
    </>
  );
}
