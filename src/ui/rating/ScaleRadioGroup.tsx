import type { Rating } from '../../domain/assessment';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { levelsOf } from '../../domain/framework/framework-summary';
import { RATING_STATE_IDS } from '../../domain/framework/scale';
import * as strings from '../strings';

/**
 * The development scale as one native radio group: the four levels with their descriptions, then the answers
 * that are not a level. One group, so the arrow keys move through every answer.
 */
export function ScaleRadioGroup({
  framework,
  value,
  onChange,
}: {
  framework: FrameworkSummary;
  value: Rating;
  onChange: (rating: Rating) => void;
}) {
  const option = (id: Rating, label: string, description: string, prefix?: string) => (
    <label class="scale-option" key={id}>
      <input
        type="radio"
        name="rating"
        value={id}
        checked={value === id}
        onChange={() => onChange(id)}
        // Named by the label alone: the description is inside the <label> too and would be read twice.
        aria-labelledby={`rating-${id}-label`}
        aria-describedby={`rating-${id}-description`}
      />
      <span>
        <span class="scale-option__label" id={`rating-${id}-label`}>
          {prefix && <span class="scale-option__number">{prefix} </span>}
          {label}
        </span>
        <span class="scale-option__description" id={`rating-${id}-description`}>
          {description}
        </span>
      </span>
    </label>
  );
  const states = RATING_STATE_IDS.flatMap((id) => {
    const entry = framework.scale.find((e) => e.id === id);
    return entry ? [entry] : [];
  });
  return (
    <fieldset class="field scale">
      <legend>{strings.rating.scaleLegend}</legend>
      <p class="field__hint">{strings.rating.scaleHint}</p>
      <div class="scale__levels">
        {levelsOf(framework).map((level) =>
          option(level.id, level.label, level.description, strings.rating.levelNumber(level.value)),
        )}
      </div>
      <p class="scale__or" aria-hidden="true">
        {strings.rating.otherAnswers}
      </p>
      <div class="scale__states">
        {states.map((state) => option(state.id, state.label, state.description))}
      </div>
    </fieldset>
  );
}
