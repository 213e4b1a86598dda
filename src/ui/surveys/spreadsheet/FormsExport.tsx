import type { AskedStatement } from '../../../domain/survey/asked-statements';
import type { Questionnaire } from '../../../domain/survey/questionnaire';
import { respondentGroupSlug } from '../../../domain/survey/respondent-group';
import type { Survey } from '../../../domain/survey/survey';
import { downloadFile } from '../../data/download';
import { TaskOutcome, useTask } from '../../run-task';
import * as strings from '../../strings';

/** The file name of the questionnaire for a form tool: the group and the bevraging's first day. */
function fileName(survey: Survey, extension: string): string {
  return `vragenlijst-${respondentGroupSlug(survey.group)}-${survey.startDate}.${extension}`;
}

/**
 * The questionnaire to rebuild in Microsoft Forms (a Word file for its Quick import) or Google Forms (text to
 * paste, since it reads no file); both made on the click, the Word writer loaded only then.
 */
export function FormsExport({
  survey,
  questionnaire,
  statements,
}: {
  survey: Survey;
  questionnaire: Questionnaire;
  statements: readonly AskedStatement[];
}) {
  const text = strings.spreadsheets;
  const task = useTask();
  const build = async () => {
    const { formsQuestionnaire } = await import('../../../exports/forms/forms-questionnaire');
    return formsQuestionnaire({
      title: questionnaire.title,
      introduction: survey.introduction.trim() || questionnaire.introduction,
      statements,
      openQuestions: questionnaire.openQuestions,
      scale: questionnaire.scale,
    });
  };
  const word = () =>
    task.run(async () => {
      const [model, { renderFormsQuestionnaireDocx }] = await Promise.all([
        build(),
        import('../../../exports/docx/forms-questionnaire-docx'),
      ]);
      const name = fileName(survey, 'docx');
      downloadFile(await renderFormsQuestionnaireDocx(model), name);
      return [text.downloaded(name)];
    });
  const plain = () =>
    task.run(async () => {
      const [model, { formsQuestionnaireText }] = await Promise.all([
        build(),
        import('../../../exports/forms/forms-questionnaire'),
      ]);
      const name = fileName(survey, 'txt');
      downloadFile(new TextEncoder().encode(formsQuestionnaireText(model)), name, 'text/plain;charset=utf-8');
      return [text.downloaded(name)];
    });
  const busy = task.state.status === 'busy';
  return (
    <section aria-labelledby="forms-export-title">
      <h2 id="forms-export-title">{text.exportTitle}</h2>
      <p>{text.exportMicrosoft}</p>
      <p>{text.exportGoogle}</p>
      <p>{text.exportKeep}</p>
      <p class="button-row">
        <button type="button" disabled={busy} onClick={() => void word()}>
          {text.downloadWord}
        </button>
        <button type="button" disabled={busy} onClick={() => void plain()}>
          {text.downloadText}
        </button>
      </p>
      <TaskOutcome state={task.state} busy={text.downloading} />
    </section>
  );
}
