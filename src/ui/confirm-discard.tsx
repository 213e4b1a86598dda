import { useEffect, useRef } from 'preact/hooks';
import * as strings from './strings';

/**
 * The question in the page — not the browser's dialog — before typed text is thrown away. It takes focus when
 * it appears, on the harmless answer, so a second Enter does not discard by accident.
 */
export function ConfirmDiscard({ onDiscard, onKeep }: { onDiscard: () => void; onKeep: () => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  const text = strings.discard;
  return (
    <div role="group" class="notice confirm-discard" aria-labelledby="confirm-discard-question">
      <p id="confirm-discard-question">
        <strong>{text.question}</strong>
      </p>
      <p>{text.explanation}</p>
      <p class="button-row">
        <button type="button" ref={keep} onClick={onKeep}>
          {text.keep}
        </button>
        <button type="button" onClick={onDiscard}>
          {text.confirm}
        </button>
      </p>
    </div>
  );
}
