import { EVIDENCE_KINDS, VOICES } from '../../domain/evidence-vocabulary';
import type { Expectation } from '../../domain/framework/expectation';
import * as strings from '../strings';
import { isFiltered, type EvidenceFilter } from './evidence-filter';

/** The filters' select boxes, each with its options and the label of "no filter". */
function FilterSelect<K extends keyof EvidenceFilter>({
  name,
  label,
  all,
  options,
  filter,
  onChange,
}: {
  name: K;
  label: string;
  all: string;
  options: readonly { value: NonNullable<EvidenceFilter[K]>; label: string }[];
  filter: EvidenceFilter;
  onChange: (filter: EvidenceFilter) => void;
}) {
  const id = `evidence-filter-${name}`;
  const choose = (value: string): void => {
    const { [name]: _previous, ...rest } = filter;
    const option = options.find((o) => o.value === value);
    onChange(option ? { ...rest, [name]: option.value } : rest);
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={filter[name] ?? ''} onChange={(event) => choose(event.currentTarget.value)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filters the library by expectation, kind and voice, and says how many sources pass. */
export function EvidenceFilters({
  expectations,
  filter,
  shown,
  total,
  onChange,
}: {
  /** The cycle's scope, in reading order. */
  expectations: readonly Expectation[];
  filter: EvidenceFilter;
  shown: number;
  total: number;
  onChange: (filter: EvidenceFilter) => void;
}) {
  const text = strings.evidenceFilters;
  const clear = (): void => {
    onChange({});
    // The button goes away with the filters; the first filter is where to go on from.
    document.getElementById('evidence-filter-expectation')?.focus();
  };
  return (
    <fieldset class="evidence-filters">
      <legend>{text.legend}</legend>
      <FilterSelect
        name="expectation"
        label={text.expectation}
        all={text.allExpectations}
        options={expectations.map((e) => ({ value: e.code, label: `${e.code} — ${e.statement}` }))}
        filter={filter}
        onChange={onChange}
      />
      <FilterSelect
        name="kind"
        label={text.kind}
        all={text.allKinds}
        options={EVIDENCE_KINDS.map((kind) => ({ value: kind, label: strings.evidenceKinds[kind] }))}
        filter={filter}
        onChange={onChange}
      />
      <FilterSelect
        name="voice"
        label={text.voice}
        all={text.allVoices}
        options={VOICES.map((voice) => ({ value: voice, label: strings.voices[voice] }))}
        filter={filter}
        onChange={onChange}
      />
      <p class="evidence-filters__count" role="status">
        {strings.evidence.count(shown, total)}
      </p>
      {isFiltered(filter) && (
        <button type="button" class="evidence-filters__clear" onClick={clear}>
          {text.clear}
        </button>
      )}
    </fieldset>
  );
}
