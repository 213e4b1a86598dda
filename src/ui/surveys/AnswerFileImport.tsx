import { useState } from 'preact/hooks';
import { TeamFileError } from '../../domain/contribution/file-error';
import type { AskedStatement } from '../../domain/survey/asked-statements';
import {
  answerFileResponse,
  readAnswerFile,
  statementsFingerprint,
} from '../../domain/survey/link/answer-file';
import {
  planAnswerImport,
  type AnswerPlanEntry,
  type ReadAnswerFile,
} from '../../domain/survey/link/answer-import-plan';
import type { Survey } from '../../domain/survey/survey';
import { getDatabase } from '../../storage/database';
import { recordSurveyResponses, surveyResponseIds } from '../../storage/survey-store';
import { fileBytes } from '../contributions/file-bytes';
import { todayIso } from '../format';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';
import { describeRefusedAnswer } from './answer-import-messages';

/** Reads one chosen file; one that is not a readable answer file becomes an entry with its reason. */
async function readOne(file: File): Promise<ReadAnswerFile> {
  try {
    return { fileName: file.name, result: { ok: true, file: await readAnswerFile(await fileBytes(file)) } };
  } catch (error) {
    if (!(error instanceof TeamFileError)) throw error;
    return { fileName: file.name, result: { ok: false, error } };
  }
}

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
  const [dragging, setDragging] = useState(false);
  const reading = useTask();
  const saving = useTask();

  const read = (files: readonly File[]): Promise<void> =>
    reading.run(async () => {
      saving.reset();
      setPlan(undefined);
      const done: ReadAnswerFile[] = [];
      for (const file of files) {
        done.push(await readOne(file));
        setProgress(text.reading(done.length, files.length));
      }
      setProgress(undefined);
      const db = getDatabase();
      const stored = new Set(await surveyResponseIds(db, survey.id));
      setPlan(planAnswerImport(survey, await statementsFingerprint(statements), stored, done, todayIso()));
      return [];
    });

  const taken = plan?.flatMap((entry) => (entry.kind === 'taken' ? [entry] : [])) ?? [];
  const refused = plan?.flatMap((entry) => describeRefusedAnswer(entry, survey.endDate) ?? []) ?? [];

  const save = (): Promise<void> =>
    saving.run(async () => {
      await recordSurveyResponses(
        getDatabase(),
        taken.map((entry) => answerFileResponse(entry.file)),
        todayIso(),
      );
      setPlan(undefined);
      return [text.saved(taken.length)];
    });

  return (
    <section class="answer-import" aria-labelledby="antwoorden-inlezen">
      <h2 id="antwoorden-inlezen">{text.title}</h2>
      <p>{text.intro}</p>
      <div
        class={dragging ? 'answer-import__drop answer-import__drop--over' : 'answer-import__drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void read([...(event.dataTransfer?.files ?? [])]);
        }}
      >
        <label for="antwoordbestanden">{text.choose}</label>
        <input
          id="antwoordbestanden"
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // The same files may be chosen again after a refusal: the input forgets this choice.
            event.currentTarget.value = '';
            if (files.length > 0) void read(files);
          }}
        />
        <p class="field__hint">{text.drop}</p>
      </div>
      {reading.state.status === 'busy' && progress && <p role="status">{progress}</p>}
      {reading.state.status === 'failed' && <TaskOutcome state={reading.state} busy="" />}
      {plan && (
        <div class="answer-import__plan" role="region" aria-labelledby="antwoorden-plan" tabIndex={-1}>
          <h3 id="antwoorden-plan">{text.planTitle}</h3>
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
            <button type="button" onClick={() => setPlan(undefined)}>
              {text.cancel}
            </button>
          </p>
        </div>
      )}
      <TaskOutcome state={saving.state} busy={text.saving} />
    </section>
  );
}
