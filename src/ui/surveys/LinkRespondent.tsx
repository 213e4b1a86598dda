import { useEffect, useState } from 'preact/hooks';
import { serialiseTeamFile } from '../../domain/contribution/read-file';
import { respondentGroupSlug } from '../../domain/survey/respondent-group';
import { answerFileName, createAnswerFile } from '../../domain/survey/link/answer-file';
import {
  LinkPayloadError,
  linkQuestionnaire,
  type LinkErrorCode,
  type LinkPayload,
} from '../../domain/survey/link/link-payload';
import { decodeLinkPayload } from '../../domain/survey/link/link-payload-schema';
import { downloadFile } from '../data/download';
import { formatDate, todayIso } from '../format';
import { Loading } from '../loading';
import * as strings from '../strings';
import { RespondentScreens } from './RespondentScreens';

type Opened =
  | { status: 'loading' }
  | { status: 'ready'; payload: LinkPayload }
  | { status: 'failed'; code: LinkErrorCode };

/** Reads the questionnaire from the address fragment; whatever is wrong with it has its own message. */
function openFragment(hash: string): Opened {
  try {
    return { status: 'ready', payload: decodeLinkPayload(hash) };
  } catch (error) {
    if (error instanceof LinkPayloadError) return { status: 'failed', code: error.code };
    throw error;
  }
}

/**
 * The page a bevraging's link opens, on the respondent's own device: the questionnaire from the address
 * fragment (never sent to a server), the respondent's screens of the afnamemodus, and at the end an answer file
 * to send back. Nothing is stored on the device: the answers live in the page until the file is made.
 */
export default function LinkRespondent() {
  const text = strings.linkRespondent;
  const [opened, setOpened] = useState<Opened>({ status: 'loading' });
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array }>();
  useEffect(() => {
    const read = (): void => setOpened(openFragment(window.location.hash));
    read();
    // A second link pasted into the same tab changes only the fragment.
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  if (opened.status === 'loading') return <Loading />;
  if (opened.status === 'failed') {
    return (
      <div role="alert" class="notice kiosk-message">
        <h1>{text.errorTitle}</h1>
        <p>{text.errors[opened.code]}</p>
      </div>
    );
  }
  const { payload } = opened;
  const questionnaire = linkQuestionnaire(payload);
  const statements = payload.s.map(([id, statement]) => ({ id, statement }));

  return (
    <div class={questionnaire.easyRead ? 'kiosk kiosk--easy' : 'kiosk'}>
      {payload.c && <p class="link-respondent__from">{text.from(payload.c)}</p>}
      {payload.e < todayIso() && (
        <p class="notice link-respondent__late">{text.lastDayPassed(formatDate(payload.e))}</p>
      )}
      <RespondentScreens
        introduction={payload.i}
        questionnaire={questionnaire}
        statements={statements}
        sendLabel={questionnaire.easyRead ? text.makeFileEasy : text.makeFile}
        welcomeNote={text.welcomeNote}
        onFinish={async (given) => {
          const made = await createAnswerFile({
            surveyId: payload.id,
            statements,
            ...given,
            day: todayIso(),
          });
          setFile({
            name: answerFileName(respondentGroupSlug(payload.g), made),
            bytes: new TextEncoder().encode(serialiseTeamFile(made)),
          });
        }}
        failureHint={() => text.failed}
        thanksBody={text.thanksBody}
        thanksActions={
          file && (
            <>
              <p class="kiosk-screen__buttons">
                <button
                  type="button"
                  class="button-primary kiosk-button"
                  onClick={() => downloadFile(file.bytes, file.name, 'application/json')}
                >
                  {text.download}
                </button>
              </p>
              <p class="field__hint">{text.fileName(file.name)}</p>
              <h2>{text.howToSend}</h2>
              <ol class="link-respondent__steps">
                {text.howToSendSteps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            </>
          )
        }
      />
    </div>
  );
}
