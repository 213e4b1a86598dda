import { useEffect, useState } from 'preact/hooks';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { createRecommendation, type Recommendation } from '../../domain/recommendation';
import type { ReportSection } from '../../domain/report/report-model';
import { appPaths } from '../cycles/cycle-link';
import { saveUserRecord } from '../data/save';
import { draftKey } from '../drafts/draft-store';
import { useAutosave } from '../hooks/use-autosave';
import { SaveStatus } from '../save-status';
import * as strings from '../strings';

const text = strings.report;

/** One recommendation's text, saved as the team rewrites it; blank brings the suggested text back. */
function RecommendationField({
  cycleId,
  code,
  label,
  shown,
  stored,
}: {
  cycleId: string;
  code: ExpectationCode;
  label: string;
  /** The text the report shows now: the team's wording, or the suggestion. */
  shown: string;
  stored: Recommendation | undefined;
}) {
  const [blank] = useState(() => createRecommendation({ cycleId, expectationCode: code, text: '' }));
  const autosave = useAutosave(
    async (next: Recommendation) => {
      setRecord(await saveUserRecord('recommendations', next));
    },
    { key: draftKey('aanbeveling', cycleId, code), shape: stored ?? blank },
  );
  const [record, setRecord] = useState<Recommendation>(() => autosave.recovered ?? stored ?? blank);
  // "Niet ingevuld." is what the report prints for a blank text, not something to edit.
  const suggestion = shown === strings.reportLabels.notFilledIn ? '' : shown;
  const [value, setValue] = useState(
    autosave.recovered?.text ?? (stored?.text.trim() ? stored.text : suggestion),
  );
  // Follow another tab's edits, and the suggestion as the judgement changes, while this field is not being edited.
  useEffect(() => {
    if (autosave.hasUnsaved()) return;
    if (stored) setRecord(stored);
    setValue(stored?.text.trim() ? stored.text : suggestion);
  }, [stored, suggestion]);
  const id = `recommendation-${code}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={value}
        onInput={(event) => {
          setValue(event.currentTarget.value);
          autosave.changed({ ...record, text: event.currentTarget.value });
        }}
      />
      <p class="field__hint">
        <a href={appPaths.actionsFor(cycleId, code)}>{text.addAction(code)}</a>
      </p>
      <SaveStatus state={autosave.state} />
    </div>
  );
}

/** The report's recommendations, each editable, with the way into the action plan for its expectation. */
export function RecommendationEditor({
  cycleId,
  section,
  stored,
}: {
  cycleId: string;
  section: Extract<ReportSection, { id: 'recommendations' }>;
  stored: readonly Recommendation[];
}) {
  const items = section.groups.flatMap((group) => group.items.map((item) => ({ group, item })));
  return (
    <section aria-labelledby="recommendation-editor-title">
      <h3 id="recommendation-editor-title">{text.recommendationsEditorTitle}</h3>
      <p class="field__hint">{text.recommendationsEditorIntro}</p>
      {items.length === 0 && <p>{text.noRecommendations}</p>}
      {items.map(({ group, item }) => (
        <RecommendationField
          key={item.code}
          cycleId={cycleId}
          code={item.code as ExpectationCode}
          label={text.recommendationLabel(item.code, group.title)}
          shown={item.text}
          stored={stored.find((r) => r.expectationCode === item.code)}
        />
      ))}
    </section>
  );
}
