import { useState } from 'preact/hooks';
import { askedStatements } from '../../domain/survey/asked-statements';
import { encodeLinkPayload, linkPayload } from '../../domain/survey/link/link-payload';
import { isClosed } from '../../domain/workflow';
import { getDatabase } from '../../storage/database';
import { loadProfile } from '../../storage/queries';
import { surveyResponseIds } from '../../storage/survey-store';
import { appPaths } from '../cycles/cycle-link';
import { formatDate } from '../format';
import { useLiveQuery } from '../hooks/use-live-query';
import { Loading } from '../loading';
import { sitePath } from '../site-path';
import * as strings from '../strings';
import { AnswerFileImport } from './AnswerFileImport';
import { QrCode } from './QrCode';
import { SurveyGate, type SurveyContext } from './SurveyGate';
import { useQuestionnaires } from './use-questionnaires';

/** What the page shows beside the bevraging: the centre's name for the letter and how many answered so far. */
async function loadLinkFacts(surveyId: string) {
  const db = getDatabase();
  const [profile, answered] = await Promise.all([loadProfile(db), surveyResponseIds(db, surveyId)]);
  return { centreName: profile.name, answered: answered.length };
}

/**
 * "Link en QR-code" of one bevraging: the link that carries its questionnaire, a copy button, the QR code in a
 * short letter to print, and the reading in of the answer files that come back.
 */
export default function SurveyLinkPage() {
  const questionnaires = useQuestionnaires(true);
  if (questionnaires.status === 'loading') return <Loading />;
  if (questionnaires.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  return (
    <SurveyGate questionnaires={questionnaires.value}>
      {(context) => <SurveyLinkBody {...context} />}
    </SurveyGate>
  );
}

function SurveyLinkBody({ survey, cycle, questionnaire }: SurveyContext) {
  const text = strings.surveyLink;
  const [copied, setCopied] = useState<string>();
  const facts = useLiveQuery(() => loadLinkFacts(survey.id), [survey.id]);
  if (facts.status === 'loading') return <Loading />;
  if (facts.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  const { centreName, answered } = facts.value;
  const group = strings.respondentGroups[survey.group];
  const statements = askedStatements(survey, questionnaire);
  const fragment = encodeLinkPayload(linkPayload(survey, questionnaire, statements, centreName));
  const link = `${new URL(sitePath('bevraging/'), window.location.origin).href}#${fragment}`;
  const copy = (): void => {
    navigator.clipboard.writeText(link).then(
      () => setCopied(text.copied),
      () => setCopied(text.copyFailed),
    );
  };

  return (
    <>
      <p class="survey-link__which">
        {text.which(
          group,
          strings.surveys.periodValue(formatDate(survey.startDate), formatDate(survey.endDate)),
        )}{' '}
        <a href={appPaths.surveys(survey.cycleId)}>{strings.surveys.backToSurveys}</a>
      </p>
      <section class="survey-link__panel" aria-labelledby="link-titel">
        <h2 id="link-titel">{text.linkTitle}</h2>
        <div class="field">
          <label for="bevraging-link">{text.linkLabel}</label>
          <p class="field__hint" id="bevraging-link-hint">
            {text.linkHint} {text.linkLength(link.length)}
          </p>
          <textarea
            id="bevraging-link"
            class="survey-link__link"
            readOnly
            rows={3}
            aria-describedby="bevraging-link-hint"
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
        <p class="button-row">
          <button type="button" class="button-primary" onClick={copy}>
            {text.copy}
          </button>
          <button type="button" onClick={() => window.print()}>
            {text.print}
          </button>
        </p>
        <p role="status">{copied}</p>
        <p class="field__hint">{text.changedAfterAnswers}</p>
      </section>
      <section class="survey-letter" aria-labelledby="brief-titel">
        <h2 id="brief-titel">{text.letterTitle}</h2>
        <p class="survey-letter__screen-only field__hint">{text.letterHint}</p>
        <div class="survey-letter__page">
          {centreName && <p class="survey-letter__centre">{centreName}</p>}
          <p>{text.letterGreeting}</p>
          <p>{text.letterBody(centreName)}</p>
          <p>{text.letterScan}</p>
          <div class="survey-letter__qr">
            <QrCode text={link} label={text.qrLabel(group)} />
          </div>
          <p>{text.letterReturn}</p>
          <p>{text.letterUntil(formatDate(survey.endDate))}</p>
          <p>{text.letterThanks}</p>
        </div>
      </section>
      <p class="survey-link__count">
        {strings.answerImport.answered}: <strong>{answered}</strong>
      </p>
      {cycle && isClosed(cycle) ? (
        <p class="notice">{strings.kiosk.closedCycle}</p>
      ) : (
        <AnswerFileImport survey={survey} statements={statements} />
      )}
    </>
  );
}
