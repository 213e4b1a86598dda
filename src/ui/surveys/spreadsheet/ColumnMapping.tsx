import { DONT_KNOW } from '../../../domain/survey/answer-scale';
import { LEFT_OPEN, type WordChoice } from '../../../domain/survey/spreadsheet/answer-words';
import type {
  AnswerWord,
  ColumnPlan,
  ColumnUse,
  SpreadsheetQuestions,
} from '../../../domain/survey/spreadsheet/column-mapping';
import type { UnknownAnswer } from '../../../domain/survey/spreadsheet/spreadsheet-responses';
import * as strings from '../../strings';

/** At most this many unknown cells are named one by one; the rest are counted. */
const UNKNOWN_SHOWN = 10;

const useValue = (use: ColumnUse): string => (use.kind === 'unused' ? 'unused' : `${use.kind}:${use.id}`);

function useOf(value: string): ColumnUse {
  const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if ((kind === 'statement' || kind === 'open') && id) return { kind, id };
  return { kind: 'unused' };
}

/**
 * The mapping as a form the coordinator corrects: the columns dropped for personal data named first, then per
 * other column what it holds, then per answer word the point of the scale it stands for.
 */
export function ColumnMapping({
  fileName,
  columns,
  words,
  unknown,
  unknownLeftOpen,
  questions,
  onColumns,
  onWord,
  onUnknownLeftOpen,
}: {
  fileName: string;
  columns: readonly ColumnPlan[];
  words: readonly AnswerWord[];
  unknown: readonly UnknownAnswer[];
  unknownLeftOpen: boolean;
  questions: SpreadsheetQuestions;
  onColumns: (columns: ColumnPlan[]) => void;
  onWord: (key: string, choice: WordChoice) => void;
  onUnknownLeftOpen: (leftOpen: boolean) => void;
}) {
  const text = strings.spreadsheets;
  const dropped = columns.filter((column) => column.dropped);
  const kept = columns.filter((column) => !column.dropped);
  const setUse = (index: number, value: string): void =>
    onColumns(columns.map((column) => (column.index === index ? { ...column, use: useOf(value) } : column)));
  return (
    <section class="spreadsheet-mapping" aria-labelledby="spreadsheet-mapping-title">
      <h3 id="spreadsheet-mapping-title">{text.mappingTitle(fileName)}</h3>
      <div class="notice" role="status">
        {dropped.length === 0 ? (
          <p>{text.droppedNone}</p>
        ) : (
          <>
            <p>
              <strong>{text.dropped}</strong>
            </p>
            <ul class="spreadsheet-dropped">
              {dropped.map((column) => (
                <li key={column.index}>
                  {text.droppedColumn(column.header, text.droppedWhy[column.dropped ?? 'name'])}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p>{text.mappingHint}</p>
      <fieldset class="spreadsheet-columns">
        <legend>{text.columnsLegend}</legend>
        {kept.map((column) => (
          <div class="field" key={column.index}>
            <label for={`spreadsheet-column-${column.index}`}>{text.columnLabel(column.header)}</label>
            <select
              id={`spreadsheet-column-${column.index}`}
              value={useValue(column.use)}
              onChange={(event) => setUse(column.index, event.currentTarget.value)}
            >
              <option value="unused">{text.unused}</option>
              {questions.statements.map((statement, index) => (
                <option key={statement.id} value={`statement:${statement.id}`}>
                  {text.statementOption(index + 1, statement.statement)}
                </option>
              ))}
              {questions.openQuestions.map((question) => (
                <option key={question.id} value={`open:${question.id}`}>
                  {text.openOption(question.question)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      {words.length > 0 && (
        <fieldset class="spreadsheet-words">
          <legend>{text.wordsLegend}</legend>
          {words.map((word, index) => (
            <div class="field" key={word.key}>
              <label for={`spreadsheet-word-${index}`}>{text.wordLabel(word.text)}</label>
              <select
                id={`spreadsheet-word-${index}`}
                value={word.choice ?? ''}
                onChange={(event) => onWord(word.key, event.currentTarget.value)}
              >
                {word.choice === undefined && <option value="">{text.chooseWord}</option>}
                {questions.scale.options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
                <option value={DONT_KNOW}>{questions.scale.dontKnow.label}</option>
                <option value={LEFT_OPEN}>{text.leftOpen}</option>
              </select>
            </div>
          ))}
        </fieldset>
      )}
      {(unknown.length > 0 || unknownLeftOpen) && (
        <div class="notice spreadsheet-unknown">
          {unknown.length > 0 && (
            <div role="alert">
              <p>
                <strong>{text.unknownTitle}</strong>
              </p>
              <ul>
                {unknown.slice(0, UNKNOWN_SHOWN).map((cell, index) => (
                  <li key={index}>{text.unknownCell(cell.row, cell.header, cell.text)}</li>
                ))}
              </ul>
              {unknown.length > UNKNOWN_SHOWN && <p>{text.unknownMore(unknown.length - UNKNOWN_SHOWN)}</p>}
              <p>{text.unknownChoice}</p>
            </div>
          )}
          <p class="checkbox">
            <input
              type="checkbox"
              id="spreadsheet-unknown-left-open"
              checked={unknownLeftOpen}
              onChange={(event) => onUnknownLeftOpen(event.currentTarget.checked)}
            />
            <label for="spreadsheet-unknown-left-open">{text.unknownLeftOpen}</label>
          </p>
        </div>
      )}
    </section>
  );
}
