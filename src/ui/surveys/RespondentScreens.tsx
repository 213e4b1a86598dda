import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AskedStatement } from '../../domain/survey/asked-statements';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import type { Survey } from '../../domain/survey/survey';
import { getDatabase } from '../../storage/database';
import { ClosedCycleError, SurveyFinishedError } from '../../storage/errors';
import { recordSurveyResponse } from '../../storage/survey-store';
import { todayIso } from '../format';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';
import { TaskButton } from '../task-button';
import { AnswerRadioGroup } from './AnswerRadioGroup';
import { Pictogram } from './Pictogram';

/**
 * One respondent's walk through a bevraging: a welcome, one statement per screen, the open questions, and
 * thanks once the answers are stored. Its answers live in this component's state alone — no draft, no address,
 * no history entry — and are dropped once stored, so the next respondent (a new instance, see KioskMode) starts
 * from nothing. Each new screen puts focus on its heading, which a screen reader then reads.
 */
export function RespondentScreens({
  survey,
  questionnaire,
  statements,
  onNextPerson,
}: {
  survey: Survey;
  questionnaire: Questionnaire;
  statements: readonly AskedStatement[];
  onNextPerson: () => void;
}) {
  const text = questionnaire.easyRead ? strings.kioskRespondentEasy : strings.kioskRespondent;
  // 0 is the welcome, 1 … n the statements, n + 1 the open questions, n + 2 the thanks.
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [openAnswers, setOpenAnswers] = useState<Record<string, string>>({});
  const sending = useTask();
  // Set when the last failure can never be cured by trying again: the bevraging or its cycle is closed.
  const [refused, setRefused] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const total = statements.length;
  const openStep = total + 1;
  const thanksStep = total + 2;

  useEffect(() => heading.current?.focus(), [step]);

  const go = (next: number): void => {
    sending.reset();
    setStep(next);
  };
  const send = (): Promise<void> =>
    sending.run(async () => {
      setRefused(false);
      const words = Object.entries(openAnswers)
        .map(([id, answer]) => [id, answer.trim()] as const)
        .filter(([, answer]) => answer !== '');
      try {
        await recordSurveyResponse(
          getDatabase(),
          {
            id: crypto.randomUUID(),
            surveyId: survey.id,
            answers,
            openAnswers: Object.fromEntries(words),
            channel: 'kiosk',
          },
          todayIso(),
        );
      } catch (error) {
        setRefused(error instanceof SurveyFinishedError || error instanceof ClosedCycleError);
        throw error;
      }
      // Stored: nothing of it stays in memory for the thank-you screen.
      setAnswers({});
      setOpenAnswers({});
      setStep(thanksStep);
      return [];
    });

  // A screen reader hears the new screen's heading, which takes focus, and from this region where the
  // respondent is ("Stelling 3 van 10") or that the answers are stored. One element for every screen, so its
  // text changes in place and is announced.
  const announcement =
    step === thanksStep ? text.thanksBody : step >= 1 && step <= total ? text.progress(step, total) : '';
  const shell = (screen: ComponentChildren) => (
    <>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {screen}
    </>
  );

  const screenHeading = (words: string) => (
    <h1 ref={heading} tabIndex={-1} class="kiosk-screen__title">
      {words}
    </h1>
  );

  if (step === 0) {
    return shell(
      <section class="kiosk-screen">
        {screenHeading(text.welcome)}
        <p class="kiosk-screen__lead">{survey.introduction || questionnaire.introduction}</p>
        <p>{text.anonymous}</p>
        <p class="kiosk-screen__buttons">
          <button type="button" class="button-primary kiosk-button" onClick={() => go(1)}>
            {text.begin}
          </button>
        </p>
      </section>,
    );
  }

  if (step === thanksStep) {
    return shell(
      <section class="kiosk-screen kiosk-screen--thanks">
        {/* A child sees at a glance that it is done: the happy face of the answers. */}
        {questionnaire.easyRead && <Pictogram pictogram="yes" />}
        {screenHeading(text.thanks)}
        <p class="kiosk-screen__lead">{text.thanksBody}</p>
        <p class="kiosk-screen__buttons">
          <button type="button" class="button-primary kiosk-button" onClick={onNextPerson}>
            {text.nextPerson}
          </button>
        </p>
      </section>,
    );
  }

  const back = (
    <button type="button" class="kiosk-button" onClick={() => go(step - 1)}>
      {text.previous}
    </button>
  );

  if (step === openStep) {
    return shell(
      <section class="kiosk-screen">
        {screenHeading(text.openTitle)}
        <p>{text.openIntro}</p>
        {questionnaire.openQuestions.map((question) => (
          <div class="field kiosk-open" key={question.id}>
            <label for={`open-${question.id}`}>{question.question}</label>
            <textarea
              id={`open-${question.id}`}
              rows={4}
              // Nothing of a respondent's own words may stay in the browser after them.
              autoComplete="off"
              spellcheck={true}
              value={openAnswers[question.id] ?? ''}
              onInput={(event) =>
                setOpenAnswers({ ...openAnswers, [question.id]: event.currentTarget.value })
              }
            />
          </div>
        ))}
        <p class="kiosk-screen__buttons">
          {back}
          <TaskButton
            busy={sending.state.status === 'busy'}
            class="button-primary kiosk-button"
            onClick={() => void send()}
          >
            {text.send}
          </TaskButton>
        </p>
        {sending.state.status === 'failed' && <p>{refused ? text.giveBack : text.retry}</p>}
        <TaskOutcome state={sending.state} busy={text.sending} />
      </section>,
    );
  }

  const statement = statements[step - 1];
  if (!statement) return null;
  return shell(
    <section class="kiosk-screen">
      <p class="kiosk-progress" aria-hidden="true">
        <span>{text.progress(step, total)}</span>
        <span class="kiosk-progress__bar">
          <span style={{ width: `${(step / total) * 100}%` }} />
        </span>
      </p>
      <AnswerRadioGroup
        name={`stelling-${statement.id}`}
        legend={screenHeading(statement.statement)}
        scale={questionnaire.scale}
        value={answers[statement.id]}
        onChange={(answer) => setAnswers({ ...answers, [statement.id]: answer })}
      />
      <p class="kiosk-screen__buttons">
        {back}
        <button type="button" class="button-primary kiosk-button" onClick={() => go(step + 1)}>
          {text.next}
        </button>
      </p>
    </section>,
  );
}
