import { useRef, useState } from 'preact/hooks';
import { FieldError, invalidProps } from '../error-summary';
import * as strings from '../strings';

/**
 * The one way out of the afnamemodus: a small button in the corner that opens a modal question (Escape or "Nee"
 * stays), which asks for the code when the coordinator set one. Modal, so a respondent's Tab cannot wander off.
 */
export function StopKiosk({ code, onStop }: { code: string; onStop: () => void }) {
  const text = strings.kiosk;
  const dialog = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);

  const open = (): void => {
    // What was typed before goes: the next person to open the dialog starts empty.
    setTyped('');
    setWrong(false);
    dialog.current?.showModal();
  };
  const confirm = (event: Event): void => {
    event.preventDefault();
    if (code && typed.trim() !== code) {
      setWrong(true);
      return;
    }
    dialog.current?.close();
    onStop();
  };
  return (
    <div class="kiosk-stop">
      <button type="button" class="kiosk-stop__open" onClick={open}>
        {text.stop}
      </button>
      <dialog ref={dialog} class="kiosk-stop__dialog" aria-labelledby="kiosk-stop-title">
        <form onSubmit={confirm} noValidate>
          <h2 id="kiosk-stop-title">{text.stopQuestion}</h2>
          <p>{text.stopExplanation}</p>
          {code && (
            <div class="field">
              <label for="kiosk-stop-code">{text.stopCode}</label>
              <div role="alert">
                <FieldError id="kiosk-stop-code-error" message={wrong ? text.stopWrongCode : undefined} />
              </div>
              <input
                id="kiosk-stop-code"
                type="password"
                autoComplete="off"
                value={typed}
                onInput={(event) => setTyped(event.currentTarget.value)}
                {...invalidProps('kiosk-stop-code-error', wrong ? text.stopWrongCode : undefined)}
              />
            </div>
          )}
          <p class="button-row">
            {/* First, so focus lands on staying: a second tap does not stop by accident. */}
            <button type="button" class="button-primary" onClick={() => dialog.current?.close()}>
              {text.stopNo}
            </button>
            <button type="submit" class="button-danger">
              {text.stopYes}
            </button>
          </p>
        </form>
      </dialog>
    </div>
  );
}
