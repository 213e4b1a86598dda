import type { ComponentChildren } from 'preact';
import { DONT_KNOW, type AnswerScale } from '../../domain/survey/answer-scale';
import * as strings from '../strings';
import { Pictogram } from './Pictogram';

/**
 * A group's answer scale for one statement as one native radio group (so the arrow keys move through every
 * answer), each answer a large target with its words, and in easy-read its face; "weet ik niet" follows apart,
 * after a gap and the word "Of:", since it is no point of the scale. The legend names the group.
 */
export function AnswerRadioGroup({
  name,
  legend,
  scale,
  value,
  onChange,
}: {
  name: string;
  legend: ComponentChildren;
  scale: AnswerScale;
  /** The chosen answer's id, `dontKnow`, or undefined while none is chosen. */
  value: string | undefined;
  onChange: (answer: string) => void;
}) {
  const option = (id: string, label: string, pictogram: AnswerScale['dontKnow']['pictogram']) => (
    <label class="answer-option" key={id}>
      <input type="radio" name={name} value={id} checked={value === id} onChange={() => onChange(id)} />
      {pictogram && <Pictogram pictogram={pictogram} />}
      <span class="answer-option__label">{label}</span>
    </label>
  );
  return (
    <fieldset class="answer-group">
      <legend>{legend}</legend>
      <div class="answer-group__scale">
        {scale.options.map((answer) => option(answer.id, answer.label, answer.pictogram))}
      </div>
      <p class="answer-group__or" aria-hidden="true">
        {strings.kioskRespondent.apart}
      </p>
      <div class="answer-group__apart">
        {option(DONT_KNOW, scale.dontKnow.label, scale.dontKnow.pictogram)}
      </div>
    </fieldset>
  );
}
