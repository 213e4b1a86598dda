import { useEffect, useState } from 'preact/hooks';
import { askedStatements } from '../../domain/survey/asked-statements';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import { isSurveyFinished } from '../../domain/survey/survey';
import { isClosed } from '../../domain/workflow';
import { getDatabase } from '../../storage/database';
import { ClosedCycleError, SurveyFinishedError } from '../../storage/errors';
import { loadSurvey, recordSurveyResponse } from '../../storage/survey-store';
import { SURVEY_PARAM, appPaths } from '../cycles/cycle-link';
import { todayIso } from '../format';
import { useLiveQuery } from '../hooks/use-live-query';
import { Loading } from '../loading';
import * as strings from '../strings';
import { RespondentScreens } from './RespondentScreens';
import { StopKiosk } from './StopKiosk';

/**
 * Where a running afname keeps its exit code (empty: none), per bevraging: in this window's sessionStorage only,
 * so a reload by a respondent lands on a fresh respondent's welcome, not on the coordinator's start screen, and
 * closing the window forgets the code.
 */
const runningKey = (surveyId: string): string => `afname:${surveyId}`;

/**
 * The afnamemodus: the coordinator starts it (optionally with a code to stop, and full screen), then the
 * device goes from one respondent to the next. Each respondent gets a new RespondentScreens (a new key), so
 * nothing of the previous one is left in the page or its state. The only way out is "Afname stoppen".
 */
export default function KioskMode({ questionnaires }: { questionnaires: readonly Questionnaire[] }) {
  const text = strings.kiosk;
  // Read after hydration: the static HTML was rendered without an address to read.
  const [surveyId, setSurveyId] = useState<string | null>(null);
  // The code while an afname runs; undefined on the start screen.
  const [code, setCode] = useState<string>();
  const [respondent, setRespondent] = useState(0);
  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get(SURVEY_PARAM) ?? '';
    setCode(sessionStorage.getItem(runningKey(id)) ?? undefined);
    setSurveyId(id);
  }, []);
  const loaded = useLiveQuery(
    async () => (surveyId ? loadSurvey(getDatabase(), surveyId) : undefined),
    [surveyId],
  );

  // While it runs, the browser's Back button stays on this page: a respondent cannot leave by it.
  const running = code !== undefined;
  useEffect(() => {
    if (!running) return;
    history.pushState(null, '', window.location.href);
    const stay = (): void => history.pushState(null, '', window.location.href);
    addEventListener('popstate', stay);
    return () => removeEventListener('popstate', stay);
  }, [running]);

  if (surveyId === null || loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  const found = loaded.value;
  if (!surveyId || !found) {
    return (
      <div role="alert" class="notice kiosk-message">
        <h1>{text.title}</h1>
        <p>{surveyId ? text.notFound : text.missingId}</p>
        <p>
          <a href={appPaths.cycles}>{strings.cycles.backToList}</a>
        </p>
      </div>
    );
  }
  const { survey, cycle } = found;
  const questionnaire = questionnaires.find((q) => q.group === survey.group);
  if (!questionnaire) return <p role="alert">{strings.app.loadFailed}</p>;
  const surveysPath = appPaths.surveys(survey.cycleId);
  const group = strings.respondentGroups[survey.group];
  const statements = askedStatements(survey, questionnaire);
  const respondentText = questionnaire.easyRead ? strings.kioskRespondentEasy : strings.kioskRespondent;

  const stop = (): void => {
    sessionStorage.removeItem(runningKey(survey.id));
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    window.location.assign(surveysPath);
  };

  if (!running) {
    const closed = cycle !== undefined && isClosed(cycle);
    const finished = isSurveyFinished(survey, todayIso());
    return (
      <section class="kiosk-start" aria-labelledby="kiosk-start-title">
        <h1 id="kiosk-start-title">{text.startTitle(group)}</h1>
        {closed || finished ? (
          <p role="alert" class="notice">
            {closed ? text.closedCycle : text.finished}
          </p>
        ) : (
          <StartForm
            statements={statements.length}
            onStart={(chosen) => {
              sessionStorage.setItem(runningKey(survey.id), chosen);
              setCode(chosen);
            }}
          />
        )}
        <p>
          <a href={surveysPath}>{text.back}</a>
        </p>
      </section>
    );
  }

  return (
    <div class={questionnaire.easyRead ? 'kiosk kiosk--easy' : 'kiosk'}>
      <StopKiosk code={code} onStop={stop} />
      <RespondentScreens
        key={respondent}
        introduction={survey.introduction || questionnaire.introduction}
        questionnaire={questionnaire}
        statements={statements}
        onFinish={async (given) => {
          await recordSurveyResponse(
            getDatabase(),
            { id: crypto.randomUUID(), surveyId: survey.id, ...given, channel: 'kiosk' },
            todayIso(),
          );
        }}
        failureHint={(error) =>
          // Closed bevraging or cycle: trying again never helps.
          error instanceof SurveyFinishedError || error instanceof ClosedCycleError
            ? respondentText.giveBack
            : respondentText.retry
        }
        thanksBody={respondentText.thanksBody}
        thanksActions={
          <p class="kiosk-screen__buttons">
            <button
              type="button"
              class="button-primary kiosk-button"
              onClick={() => setRespondent(respondent + 1)}
            >
              {respondentText.nextPerson}
            </button>
          </p>
        }
      />
    </div>
  );
}

/** The coordinator's start screen: what will happen, an optional exit code, and the start button. */
function StartForm({ statements, onStart }: { statements: number; onStart: (code: string) => void }) {
  const text = strings.kiosk;
  const [code, setCode] = useState('');
  const start = (event: Event): void => {
    event.preventDefault();
    // Full screen hides the browser's own bars; asked for on the click, as browsers require. Refused or not
    // offered (an iPhone), the afname runs in the window as it is.
    try {
      void document.documentElement.requestFullscreen?.().catch(() => undefined);
    } catch {
      // An older browser throws instead of rejecting; the window will do.
    }
    onStart(code.trim());
  };
  return (
    <form class="app-form" onSubmit={start}>
      <p>{text.startIntro(statements)}</p>
      <p>{text.startHowToStop}</p>
      <div class="field">
        <label for="kiosk-code">{text.code}</label>
        <p class="field__hint" id="kiosk-code-hint">
          {text.codeHint}
        </p>
        <input
          id="kiosk-code"
          class="kiosk-code"
          type="password"
          autoComplete="off"
          maxLength={20}
          value={code}
          aria-describedby="kiosk-code-hint"
          onInput={(event) => setCode(event.currentTarget.value)}
        />
      </div>
      <p>
        <button type="submit" class="button-primary kiosk-button">
          {text.start}
        </button>
      </p>
    </form>
  );
}
