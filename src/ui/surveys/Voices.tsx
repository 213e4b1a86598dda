import { useMemo } from 'preact/hooks';
import { cycleKind } from '../../domain/cycle';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { anonymityThreshold } from '../../domain/survey/anonymity';
import { voicesOn } from '../../domain/survey/expectation-voices';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import {
  withEarlierResults,
  type EarlierResult,
  type VoiceOverYears,
} from '../../domain/survey/survey-history';
import type { CycleData } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { loadEarlierSurveys } from '../../storage/survey-history';
import { appPaths } from '../cycles/cycle-link';
import { formatDate, todayIso } from '../format';
import { useLiveQuery } from '../hooks/use-live-query';
import * as strings from '../strings';
import { surveyOutcomes } from './voice-sources';
import { VoicesBar, VoicesLegend, VoicesResult } from './VoicesResult';

const text = strings.voicesPanel;

/** What the same statement showed in earlier cycles, newest first: a thin bar and the share that agrees. */
function VoicesEarlier({
  earlier,
  questionnaire,
}: {
  earlier: EarlierResult[];
  questionnaire: Questionnaire;
}) {
  if (earlier.length === 0) return null;
  return (
    <div class="voices-earlier">
      <p class="voices-earlier__title">{text.earlierTitle}</p>
      <ul>
        {earlier.map(({ cycle, period, result }) => (
          <li key={`${cycle.id}-${period.startDate}`}>
            {text.earlier(cycle.schoolYear)}:{' '}
            {!result.shown
              ? text.earlierHidden
              : result.agreeShare === undefined
                ? text.noneOnScale
                : text.earlierFigures(result.agreeShare, result.answers)}
            {result.shown && <VoicesBar result={result} scale={questionnaire.scale} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One bevraging's voice on the expectation: who answered, and per statement its result once finished. */
function VoicesSurvey({
  voice,
  questionnaire,
  explainAt,
}: {
  voice: VoiceOverYears;
  questionnaire: Questionnaire;
  /** The statement under whose hidden result the threshold is explained, once in the panel. */
  explainAt: string | undefined;
}) {
  const { survey } = voice;
  return (
    <li class="voices-survey">
      <h4>{text.surveyTitle(survey.group, survey.startDate, survey.endDate)}</h4>
      <p>{text.responseRate(voice.responses, survey.askedCount)}</p>
      {!voice.finished && (
        <p class="voices-running">{text.running(formatDate(survey.endDate), voice.responses)}</p>
      )}
      {voice.statements.some(
        ({ result, earlier }) => result?.shown || earlier.some((e) => e.result.shown),
      ) && <VoicesLegend scale={questionnaire.scale} />}
      <ul class={voice.finished ? 'voices-statements' : 'voices-statements voices-statements--asked'}>
        {voice.statements.map(({ statement, result, earlier }) => (
          <li key={statement.id}>
            <p class="voices-statement">
              {statement.own && <span class="badge badge--ours">{text.ownMark}</span>}
              {statement.statement}
            </p>
            {/* While it runs there is no result at all: comparing before and after one answer would show it. */}
            {result &&
              (result.shown ? (
                <VoicesResult result={result} scale={questionnaire.scale} statement={statement.statement} />
              ) : (
                <p class="voices-hidden">{text.hidden}</p>
              ))}
            {explainAt === `${survey.id}/${statement.id}` && (
              <p class="field__hint">{text.threshold(anonymityThreshold(survey.anonymityThreshold))}</p>
            )}
            <VoicesEarlier earlier={earlier} questionnaire={questionnaire} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The voices on one expectation once the questionnaires are there (see VoicesPanel, which loads this module): per
 * bevraging of this cycle informing it, how many answered and, once it is finished, its results above the
 * anonymity threshold, with what the same statements showed in earlier cycles beside them.
 */
export function Voices({
  data,
  questionnaires,
  code,
}: {
  data: CycleData;
  questionnaires: readonly Questionnaire[];
  code: ExpectationCode;
}) {
  const { cycle } = data;
  const today = todayIso();
  const history = useLiveQuery(
    async () => (cycle.previousCycleId ? loadEarlierSurveys(getDatabase(), cycle.id) : []),
    [cycle.id, cycle.previousCycleId],
  );
  // Every autosave renders the panel again: the outcomes are worked out only when what they come from changes.
  const earlierCycles = useMemo(
    () =>
      history.status === 'ready'
        ? history.value.map((earlier) => ({
            cycle: earlier.cycle,
            outcomes: surveyOutcomes(earlier, questionnaires, today),
          }))
        : [],
    [history, questionnaires, today],
  );
  const outcomes = useMemo(
    () =>
      surveyOutcomes({ surveys: data.surveys, surveyResponses: data.surveyResponses }, questionnaires, today),
    [data.surveys, data.surveyResponses, questionnaires, today],
  );
  const voices = withEarlierResults(voicesOn(code, outcomes), earlierCycles);
  const questionnaireOf = (voice: VoiceOverYears) =>
    questionnaires.find((questionnaire) => questionnaire.group === voice.survey.group);
  if (voices.length === 0) {
    // Only a team cycle has bevragingen (see the bevragingen page); elsewhere there is nothing to point to.
    if (cycleKind(cycle) !== 'team') return null;
    return (
      <p class="voices-none">
        {text.none} <a href={appPaths.surveys(cycle.id)}>{text.toSurveys}</a>
      </p>
    );
  }
  // The threshold is explained once: under the first result it hid, or at the end when it hid only an earlier one.
  const firstHidden = voices.flatMap((voice) =>
    voice.statements
      .filter(({ result }) => result?.shown === false)
      .map(({ statement }) => `${voice.survey.id}/${statement.id}`),
  )[0];
  const earlierHidden = voices
    .flatMap((voice) => voice.statements.flatMap(({ earlier }) => earlier))
    .find((e) => !e.result.shown);
  return (
    <section class="side-panel voices-panel" aria-labelledby="voices-title">
      <h3 id="voices-title">{text.title}</h3>
      <p class="ours-notice">{text.oursNotice}</p>
      <ul class="voices-surveys">
        {voices.map((voice) => {
          const questionnaire = questionnaireOf(voice);
          return (
            questionnaire && (
              <VoicesSurvey
                key={voice.survey.id}
                voice={voice}
                questionnaire={questionnaire}
                explainAt={firstHidden}
              />
            )
          );
        })}
      </ul>
      {!firstHidden && earlierHidden && <p class="field__hint">{text.threshold(earlierHidden.threshold)}</p>}
      <p>
        <a href={appPaths.surveys(cycle.id)}>{text.allSurveys}</a>
      </p>
    </section>
  );
}
