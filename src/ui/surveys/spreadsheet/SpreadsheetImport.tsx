import { useState } from 'preact/hooks';
import type { AskedStatement } from '../../../domain/survey/asked-statements';
import type { WordChoice } from '../../../domain/survey/spreadsheet/answer-words';
import {
  answerWords,
  proposeColumns,
  type ColumnPlan,
} from '../../../domain/survey/spreadsheet/column-mapping';
import { readSpreadsheet } from '../../../domain/survey/spreadsheet/read-spreadsheet';
import { SPREADSHEET_LIMITS, SpreadsheetError, type Sheet } from '../../../domain/survey/spreadsheet/sheet';
import { spreadsheetResponses } from '../../../domain/survey/spreadsheet/spreadsheet-responses';
import type { Questionnaire } from '../../../domain/survey/questionnaire';
import type { Survey } from '../../../domain/survey/survey';
import { sha256Hex } from '../../../domain/sha256';
import { getDatabase } from '../../../storage/database';
import { SpreadsheetKnownError } from '../../../storage/errors';
import { isSpreadsheetKnown, recordSpreadsheetResponses } from '../../../storage/survey-store';
import { explainError } from '../../explain-error';
import { todayIso } from '../../format';
import * as strings from '../../strings';
import { ColumnMapping } from './ColumnMapping';
import { SpreadsheetPreview } from './SpreadsheetPreview';

/** A file read and mapped, waiting for the coordinator's confirmation. */
interface ReadFile {
  fileName: string;
  fingerprint: string;
  sheet: Sheet;
  columns: ColumnPlan[];
  /** Answer words the coordinator set, by key. */
  chosen: Record<string, WordChoice>;
  unknownLeftOpen: boolean;
}

type Outcome = { kind: 'busy'; text: string } | { kind: 'done' | 'failed'; lines: string[] };

const FILE_INPUT_ID = 'spreadsheet-file';

/** Reads a chosen file; a file refused or read before becomes the Dutch lines that say so, by its name. */
async function readChosen(file: File): Promise<Omit<ReadFile, 'columns' | 'chosen' | 'unknownLeftOpen'>> {
  const text = strings.spreadsheets;
  const refuse = (why: string) => new Error(text.fileRefused(file.name, why));
  if (file.size > SPREADSHEET_LIMITS.maxBytes) throw refuse(strings.spreadsheetErrors.codes.tooLarge);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const fingerprint = await sha256Hex(bytes);
  if (await isSpreadsheetKnown(getDatabase(), fingerprint))
    throw new Error(strings.spreadsheetErrors.known(file.name));
  try {
    return { fileName: file.name, fingerprint, sheet: await readSpreadsheet(bytes) };
  } catch (error) {
    if (error instanceof SpreadsheetError) throw refuse(strings.spreadsheetErrors.codes[error.code]);
    throw error;
  }
}

/**
 * Reads a result file of Microsoft Forms or Google Forms: the columns are matched to the statements and open
 * questions and the answer words to the scale, the coordinator corrects what is wrong, sees what will be added,
 * and confirms; every row is then stored at once, or none.
 */
export function SpreadsheetImport({
  survey,
  questionnaire,
  statements,
}: {
  survey: Survey;
  questionnaire: Questionnaire;
  statements: readonly AskedStatement[];
}) {
  const text = strings.spreadsheets;
  const [read, setRead] = useState<ReadFile>();
  const [outcome, setOutcome] = useState<Outcome>();
  const questions = { statements, openQuestions: questionnaire.openQuestions, scale: questionnaire.scale };

  const choose = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    setRead(undefined);
    setOutcome({ kind: 'busy', text: text.reading });
    try {
      const found = await readChosen(file);
      setRead({
        ...found,
        columns: proposeColumns(found.sheet, questions),
        chosen: {},
        unknownLeftOpen: false,
      });
      setOutcome(undefined);
    } catch (error) {
      setOutcome({ kind: 'failed', lines: error instanceof Error ? [error.message] : explainError(error) });
    }
    input.value = '';
  };

  const words = read ? answerWords(read.sheet, read.columns, questionnaire.scale, read.chosen) : [];
  const result = read
    ? spreadsheetResponses(read.sheet, read.columns, words, {
        surveyId: survey.id,
        sourceFile: read.fingerprint,
        unknownLeftOpen: read.unknownLeftOpen,
      })
    : undefined;

  const save = async (): Promise<void> => {
    if (!read || !result) return;
    setOutcome({ kind: 'busy', text: text.saving });
    try {
      await recordSpreadsheetResponses(getDatabase(), result.responses, read.fingerprint, todayIso());
      setRead(undefined);
      setOutcome({ kind: 'done', lines: [text.saved(result.responses.length, read.fileName)] });
    } catch (error) {
      const lines =
        error instanceof SpreadsheetKnownError
          ? [strings.spreadsheetErrors.known(read.fileName)]
          : explainError(error);
      setOutcome({ kind: 'failed', lines });
    }
  };

  return (
    <div class="spreadsheet-import">
      <p id="spreadsheet-file-hint">{text.importHint}</p>
      <div class="field">
        <label for={FILE_INPUT_ID}>{text.file}</label>
        <input
          id={FILE_INPUT_ID}
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="spreadsheet-file-hint"
          onChange={(event) => void choose(event.currentTarget)}
        />
      </div>
      {outcome?.kind === 'busy' ? (
        <p role="status">{outcome.text}</p>
      ) : outcome ? (
        <div role={outcome.kind === 'failed' ? 'alert' : 'status'} class={`outcome outcome--${outcome.kind}`}>
          {outcome.lines.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </div>
      ) : null}
      {read && result && (
        <>
          <ColumnMapping
            fileName={read.fileName}
            columns={read.columns}
            words={words}
            unknown={result.unknown}
            unknownLeftOpen={read.unknownLeftOpen}
            questions={questions}
            onColumns={(columns) => setRead({ ...read, columns })}
            onWord={(key, choice) => setRead({ ...read, chosen: { ...read.chosen, [key]: choice } })}
            onUnknownLeftOpen={(unknownLeftOpen) => setRead({ ...read, unknownLeftOpen })}
          />
          <SpreadsheetPreview
            columns={read.columns}
            outcome={result}
            questions={questions}
            onConfirm={() => void save()}
            onCancel={() => {
              setRead(undefined);
              document.getElementById(FILE_INPUT_ID)?.focus();
            }}
          />
        </>
      )}
    </div>
  );
}
