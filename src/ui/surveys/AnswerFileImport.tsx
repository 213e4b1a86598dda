import { useState } from 'preact/hooks';
import type { AskedStatement } from '../../domain/survey/asked-statements';
import type { AnswerPlanEntry } from '../../domain/survey/link/answer-import-plan';
import type { Survey } from '../../domain/survey/survey';
import { getDatabase } from '../../storage/database';
import { FileDropZone } from '../file-drop-zone';
import { todayIso } from '../format';
import { useFocusRequest } from '../hooks/use-focus-request';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';
import { describeRefusedAnswer } from './answer-import-messages';

const loadAnswerReader = () => import('./read-answer-files');

/**
 * Reads answer files back into one bevraging: the coordinator chooses (or drops) dozens at once; all are read
 * and planned first — which are taken, and per refused file why — and one confirmation stores the taken ones
 * together with `recordSurveyResponses`, so a batch is never half read in.
 */
export function AnswerFileImport({
  survey,
  statements,
}: {
  survey: Survey;
  statements: readonly Pick<AskedStatement, 'id' | 'statement'>[];
}) {
  const text = strings.answerImport;
  const [progress, setProgress] = useState<string>();
  const [plan, setPlan] = useState<AnswerPlanEntry[]>();
  const reading = useTask();
  const saving = useTask();
  const focus = useFocusRequest();

  const read = (files: readonly File[]): Promise<void> =>
    reading.run(async () => {
      saving.reset();
      setPlan(undefined);
      // The readers come with the first choice of files: the page itself stays light.
      const { planAnswerFiles } = await loadAnswerReader();
      setPlan(
        await planAnswerFiles(getDatabase(), survey, statements, files, todayIso(), (done) =>
          setProgress(text.reading(done, files.length)),
        ),
      );
      setProgress(undefined);
      // The plan is what to read next: a screen reader starts there, keyboard users go on from there.
      focus('antwoorden-plan');
      return [];
    });

  const taken = plan?.flatMap((entry) => (entry.kind === 'taken' ? [entry] : [])) ?? [];
  const refused = plan?.flatMap((entry) => describeRefusedAnswer(entry, survey.endDate) ?? []) ?? [];

  const save = (): Promise<void> =>
    saving.run(async () => {
      const { storeTakenAnswers } = await loadAnswerReader();
      const stored = await storeTakenAnswers(getDatabase(), plan ?? [], todayIso());
      setPlan(undefined);
      // The confirm button is gone with the plan: the choice of files is where a next batch starts.
      focus('antwoordbestanden');
      return [text.saved(stored.length)];
    });

  return (
    <section class="answer-import" aria-labelledby="antwoorden-inlezen">
      <h2 id="antwoorden-inlezen">{text.title}</h2>
      <p>{text.intro}</p>
      <FileDropZone
        id="antwoordbestanden"
        label={text.choose}
        hint={text.drop}
        accept=".json,application/json"
        onFiles={(files) => void read(files)}
      />
      {reading.state.status === 'busy' && progress && <p role="status">{progress}</p>}
      {reading.state.status === 'failed' && <TaskOutcome state={reading.state} busy="" />}
      {plan && (
        <div class="answer-import__plan" role="region" aria-labelledby="antwoorden-plan">
          <h3 id="antwoorden-plan" tabIndex={-1}>
            {text.planTitle}
          </h3>
          {taken.length > 0 ? (
            <>
              <p>{text.takenTitle(taken.length)}</p>
              <ul>
                {taken.map((entry) => (
                  <li key={entry.fileName}>{entry.fileName}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{text.nothingTaken}</p>
          )}
          {refused.length > 0 && (
            <>
              <p>{text.refusedTitle(refused.length)}</p>
              <ul class="answer-import__refused">
                {refused.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <p class="button-row">
            {taken.length > 0 && (
              <button
                type="button"
                class="button-primary"
                disabled={saving.state.status === 'busy'}
                onClick={() => void save()}
              >
                {text.confirm(taken.length)}
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                setPlan(undefined);
                focus('antwoordbestanden');
              }}
            >
              {taken.length > 0 ? text.cancel : text.close}
            </button>
          </p>
        </div>
      )}
      <TaskOutcome state={saving.state} busy={text.saving} />
    </section>
  );
}
