import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AskedStatement } from '../../domain/survey/asked-statements';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';
import { TaskButton } from '../task-button';
import { AnswerRadioGroup } from './AnswerRadioGroup';
import { Pictogram } from './Pictogram';

/** One respondent's answers as the screens hand them over: per statement id the choice, per open question the words. */
export interface RespondentAnswers {
  answers: Record<string, string>;
  openAnswers: Record<string, string>;
}

/**
 * One respondent's walk through a bevraging: a welcome, one statement per screen, the open questions, and
 * thanks once `onFinish` has taken the answers — the afnamemodus stores them, the link's page makes an answer
 * file of them. Its answers live in this component's state alone — no draft, no address, no history entry — and
 * are dropped once taken, so the next respondent (a new instance, see KioskMode) starts from nothing. Each new
 * screen puts focus on its heading, which a screen reader then reads.
 */
export function RespondentScreens({
  introduction,
  questionnaire,
  statements,
  onFinish,
  failureHint,
  sendLabel,
  welcomeNote,
  thanksBody,
  thanksActions,
}: {
  /** What the respondent reads first. */
  introduction: string;
  questionnaire: Pick<Questionnaire, 'easyRead' | 'scale' | 'openQuestions'>;
  statements: readonly Pick<AskedStatement, 'id' | 'statement'>[];
  /** Takes the answers; when it throws, the answers stay on screen with `failureHint`'s advice. */
  onFinish: (answers: RespondentAnswers) => Promise<void>;
  failureHint: (error: unknown) => string;
  /** The last button's words, when not "verstuur". */
  sendLabel?: string;
  /** What the welcome adds about how the answers leave this screen, if anything. */
  welcomeNote?: string;
  /** What the thank-you screen says, also announced to a screen reader. */
  thanksBody: string;
  /** What the thank-you screen offers next: the next respondent, or the answer file. */
  thanksActions: ComponentChildren;
}) {
  const text = questionnaire.easyRead ? strings.kioskRespondentEasy : strings.kioskRespondent;
  // 0 is the welcome, 1 … n the statements, n + 1 the open questions, n + 2 the thanks.
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [openAnswers, setOpenAnswers] = useState<Record<string, string>>({});
  const sending = useTask();
  // The advice after a failure: try again, or (when it can never work) give the device back.
  const [hint, setHint] = useState('');
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
      const words = Object.entries(openAnswers)
        .map(([id, answer]) => [id, answer.trim()] as const)
        .filter(([, answer]) => answer !== '');
      try {
        await onFinish({ answers, openAnswers: Object.fromEntries(words) });
      } catch (error) {
        setHint(failureHint(error));
        throw error;
      }
      // Taken: nothing of it stays in memory for the thank-you screen.
      setAnswers({});
      setOpenAnswers({});
      setStep(thanksStep);
      return [];
    });

  // A screen reader hears the new screen's heading, which takes focus, and from this region where the
  // respondent is ("Stelling 3 van 10") or that the answers are stored. One element for every screen, so its
  // text changes in place and is announced.
  const announcement =
    step === thanksStep ? thanksBody : step >= 1 && step <= total ? text.progress(step, total) : '';
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
        <p class="kiosk-screen__lead">{introduction}</p>
        <p>{text.anonymous}</p>
        {welcomeNote && <p>{welcomeNote}</p>}
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
        <p class="kiosk-screen__lead">{thanksBody}</p>
        {thanksActions}
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
            {sendLabel ?? text.send}
          </TaskButton>
        </p>
        {sending.state.status === 'failed' && <p>{hint}</p>}
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
