import type { ComponentChildren } from 'preact';
import type { Expectation } from '../../domain/framework/expectation';
import type { ExpectationCode } from '../../domain/framework/expectation-code';

/** A set of checkboxes to choose expectations, each labelled with its code and sentence, in reading order. */
export function ExpectationChecklist({
  id,
  legend,
  expectations,
  selected,
  error,
  onChange,
}: {
  id: string;
  legend: string;
  expectations: readonly Expectation[];
  selected: readonly ExpectationCode[];
  /** A message shown under the legend when the choice is not valid. */
  error?: ComponentChildren;
  onChange: (selected: ExpectationCode[]) => void;
}) {
  const toggle = (code: ExpectationCode, on: boolean): void => {
    const next = on ? [...selected, code] : selected.filter((c) => c !== code);
    // Kept in reading order, whatever order they were ticked in.
    onChange(expectations.map((e) => e.code).filter((c) => next.includes(c)));
  };
  return (
    <fieldset class="field expectation-checklist" id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      {error}
      {expectations.map((expectation) => (
        <label class="checkbox" key={expectation.code}>
          <input
            type="checkbox"
            name={id}
            value={expectation.code}
            checked={selected.includes(expectation.code)}
            onChange={(event) => toggle(expectation.code, event.currentTarget.checked)}
          />
          <span>
            <strong>{expectation.code}</strong> — {expectation.statement}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
