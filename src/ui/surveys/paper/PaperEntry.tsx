import { useEffect, useRef, useState } from 'preact/hooks';
import { askedStatements } from '../../../domain/survey/asked-statements';
import { emptyPaperRow, paperRowOf, tallyPaperRows, type PaperRow } from '../../../domain/survey/paper-entry';
import type { Questionnaire } from '../../../domain/survey/questionnaire';
import { isSurveyFinished } from '../../../domain/survey/survey';
import { surveyCode } from '../../../domain/survey/survey-code';
import type { SurveyResponse } from '../../../domain/survey/survey-response';
import { isClosed } from '../../../domain/workflow';
import { getDatabase } from '../../../storage/database';
import {
  deletePaperResponse,
  loadPaperResponses,
  replacePaperResponse,
} from '../../../storage/paper-responses';
import { recordSurveyResponse } from '../../../storage/survey-store';
import { appPaths } from '../../cycles/cycle-link';
import { draftKey, readDraft, removeDraft, writeDraft } from '../../drafts/draft-store';
import { todayIso } from '../../format';
import { useLiveQuery } from '../../hooks/use-live-query';
import { Loading } from '../../loading';
import * as strings from '../../strings';
import { PaperRowForm, cellId, type TypedAnswers } from './PaperRowForm';
import { PaperRows } from './PaperRows';
import { PaperTotals } from './PaperTotals';
import { SurveyGate, type SurveyContext } from '../SurveyGate';
import { compareCodes } from '../../../domain/code-order';

const NEW_ROW = 'papier-nieuw';
const FIX_ROW = 'papier-verbeteren';

/** The entry grid of a bevraging's paper forms (`/app/bevragingen/invoeren/?bevraging=`). */
export default function PaperEntry({ questionnaires }: { questionnaires: readonly Questionnaire[] }) {
  return <SurveyGate questionnaires={questionnaires}>{(context) => <EntryGrid {...context} />}</SurveyGate>;
}

/**
 * Stored forms first, in the order typed during this visit (earlier ones before, in a fixed order: an answer
 * keeps no time or sequence number), so the rows match the stack of paper beside the keyboard.
 */
function inTypedOrder(responses: readonly SurveyResponse[], typed: readonly string[]): SurveyResponse[] {
  const rank = (response: SurveyResponse): number => typed.indexOf(response.id);
  return [...responses].sort((a, b) => rank(a) - rank(b) || compareCodes(a.id, b.id));
}

function EntryGrid({ survey, cycle, questionnaire }: SurveyContext) {
  const text = strings.paper;
  const statementIds = askedStatements(survey, questionnaire).map((statement) => statement.id);
  const { scale, openQuestions } = questionnaire;
  const draft = draftKey('papier', survey.id);
  const empty = emptyPaperRow(statementIds.length);
  const [row, setRowState] = useState<PaperRow>(() => {
    const kept = readDraft(draft, empty);
    return kept?.cells.length === statementIds.length ? kept : empty;
  });
  // The row as last typed, for a store that finishes after the next form was begun.
  const latest = useRef(row);
  const [typed, setTyped] = useState<string[]>([]);
  const [fixing, setFixing] = useState<{ id: string; row: PaperRow }>();
  const [announcement, setAnnouncement] = useState('');
  // The row to fix opens with focus on its first cell.
  useEffect(() => {
    if (fixing) document.getElementById(cellId(FIX_ROW, 0))?.focus();
  }, [fixing?.id]);
  const responses = useLiveQuery(() => loadPaperResponses(getDatabase(), survey.id), [survey.id]);

  // The page is for typing: once the grid is there, the cursor waits in the first cell not typed yet (after a
  // closed tab, where the draft left off).
  const ready = responses.status === 'ready';
  useEffect(() => {
    if (!ready) return;
    const next = row.cells.findIndex((cell) => cell === '');
    document.getElementById(cellId(NEW_ROW, next < 0 ? 0 : next))?.focus();
  }, [ready]);

  if (responses.status === 'loading') return <Loading />;
  if (responses.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  const stored = inTypedOrder(responses.value, typed).map((response, index) => ({
    response,
    number: index + 1,
    row: paperRowOf(response, statementIds, scale),
  }));
  const closedCycle = cycle !== undefined && isClosed(cycle);
  const locked = closedCycle || isSurveyFinished(survey, todayIso());
  const totals = tallyPaperRows(
    [...stored.map((form) => form.row), ...(locked ? [] : [row])],
    statementIds.length,
    scale,
  );

  const setRow = (next: PaperRow): void => {
    setRowState(next);
    latest.current = next;
    writeDraft(draft, next);
  };
  const focusNewRow = (): void => document.getElementById(cellId(NEW_ROW, 0))?.focus();
  // The next form can be typed at once: the row clears and the cursor goes back to its first cell as Enter is
  // pressed, before the answer is stored; were it refused, the row comes back as it was typed.
  const storeNew = async ({ answers, openAnswers }: TypedAnswers): Promise<void> => {
    const id = crypto.randomUUID();
    const number = stored.length + 1;
    const typedRow = row;
    setRowState(empty);
    latest.current = empty;
    focusNewRow();
    try {
      await recordSurveyResponse(
        getDatabase(),
        { id, surveyId: survey.id, answers, openAnswers, channel: 'paper' },
        todayIso(),
      );
    } catch (error) {
      setRow(typedRow);
      throw error;
    }
    // Its draft goes; what was typed since in the next row keeps its own.
    if (latest.current === empty) removeDraft(draft);
    setTyped((before) => [...before, id]);
    setAnnouncement(text.stored(number));
  };
  const storeFix = (number: number) => async (answers: TypedAnswers) => {
    if (!fixing) return;
    await replacePaperResponse(getDatabase(), { id: fixing.id, ...answers }, todayIso());
    setFixing(undefined);
    setAnnouncement(text.fixed(number));
    focusNewRow();
  };
  const remove = async (id: string, number: number): Promise<void> => {
    await deletePaperResponse(getDatabase(), id, todayIso());
    setAnnouncement(text.removed(number));
    focusNewRow();
  };

  return (
    <div class="paper-entry">
      <p class="paper-entry__survey">
        <strong>{text.entryFor(strings.respondentGroups[survey.group])}</strong> · {text.code}{' '}
        <span class="survey-code">{surveyCode(survey)}</span>
      </p>
      <p>
        <a href={appPaths.surveys(survey.cycleId)}>{strings.surveys.backToSurveys}</a> ·{' '}
        <a href={appPaths.paperForm(survey.id)}>{text.paperLink}</a>
      </p>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {locked ? (
        <p class="notice">{closedCycle ? text.closedCycle : text.finished}</p>
      ) : (
        <details class="paper-entry__help" open>
          <summary>{text.howTo}</summary>
          <p>{text.howToDigits}</p>
          <ul class="paper-entry__digits">
            {scale.options.map((option, index) => (
              <li key={option.id}>
                <kbd>{index + 1}</kbd> {option.label}
              </li>
            ))}
            <li>
              <kbd>0</kbd> {scale.dontKnow.label}
            </li>
            <li>{text.howToOpen}</li>
          </ul>
          <p>
            {text.howToMove} {text.howToStore}
          </p>
        </details>
      )}
      <PaperRows
        forms={stored}
        locked={locked}
        fixingId={fixing?.id}
        onFix={(form) => setFixing({ id: form.response.id, row: form.row })}
        onRemove={remove}
        renderFix={(form) =>
          fixing && (
            <PaperRowForm
              prefix={FIX_ROW}
              number={form.number}
              row={fixing.row}
              statementIds={statementIds}
              scale={scale}
              openQuestions={openQuestions}
              fixing
              onChange={(next) => setFixing({ ...fixing, row: next })}
              onStore={storeFix(form.number)}
              onCancel={() => {
                setFixing(undefined);
                focusNewRow();
              }}
            />
          )
        }
      />
      {!locked && (
        <PaperRowForm
          prefix={NEW_ROW}
          number={stored.length + 1}
          row={row}
          statementIds={statementIds}
          scale={scale}
          openQuestions={openQuestions}
          fixing={false}
          onChange={setRow}
          onStore={storeNew}
        />
      )}
      <PaperTotals totals={totals} scale={scale} />
    </div>
  );
}
