import { useEffect, useRef, useState } from 'preact/hooks';
import type { Action } from '../../domain/action';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import {
  CHOSEN_RECOMMENDATION_KINDS,
  type ChosenRecommendationKind,
  type Recommendation,
} from '../../domain/recommendation';
import { createRecommendation } from '../../domain/recommendation-schema';
import type { RecommendationKind } from '../../domain/report/report-input';
import type { ReportSection } from '../../domain/report/report-model';
import { appPaths } from '../cycles/cycle-link';
import { getDatabase } from '../../storage/database';
import { saveUserRecord, saveUserRecords } from '../data/save';
import { draftKey } from '../drafts/draft-store';
import { useAutosave } from '../hooks/use-autosave';
import { settleUnsavedEdits } from '../unsaved-edits';
import { SaveStatus } from '../save-status';
import * as strings from '../strings';

const text = strings.report;

type Section = Extract<ReportSection, { id: 'recommendations' }>;
type Item = Section['groups'][number]['items'][number];
type Shown = RecommendationKind | 'omitted';

const groupTitle = (kind: Shown): string =>
  kind === 'omitted' ? text.omittedKind : strings.reportLabels.recommendations[kind].title;

/** One recommendation: its group, its place there, its text and the actions it links to, saved as the team edits. */
function RecommendationField({
  cycleId,
  item,
  kind,
  stored,
  actions,
  onMove,
  canMoveUp,
  canMoveDown,
  focusOn,
  onFocused,
}: {
  cycleId: string;
  item: Item;
  /** The group it is listed in now. */
  kind: Shown;
  stored: Recommendation | undefined;
  /** This cycle's actions, to link. */
  actions: readonly Action[];
  onMove: (by: -1 | 1) => void;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** The move button to focus once a move has put this item in its new place, so the keyboard stays on it. */
  focusOn: 'up' | 'down' | undefined;
  onFocused: () => void;
}) {
  const code = item.code as ExpectationCode;
  const [blank] = useState(() => createRecommendation({ cycleId, expectationCode: code, text: '' }));
  const autosave = useAutosave(
    async (next: Recommendation) => {
      // Its place in the group is the group's, set by moves: saving its words, group or links keeps the place
      // stored now, whatever this field last saw, unless its group changed (a new group starts without one).
      const current = await getDatabase().recommendations.get(next.id);
      const { order: _seen, ...rest } = next;
      const order = current !== undefined && current.kind === next.kind ? current.order : next.order;
      setRecord(await saveUserRecord('recommendations', order === undefined ? rest : { ...rest, order }));
    },
    { key: draftKey('aanbeveling', cycleId, code), shape: stored ?? blank },
  );
  const [record, setRecord] = useState<Recommendation>(() => autosave.recovered ?? stored ?? blank);
  // "Niet ingevuld." is what the report prints for a blank text, not something to edit.
  const suggestion = item.text === strings.reportLabels.notFilledIn ? '' : item.text;
  const [value, setValue] = useState(
    autosave.recovered?.text ?? (stored?.text.trim() ? stored.text : suggestion),
  );
  // Follow another tab's edits, and the suggestion as the judgement changes, while this field is not being edited.
  useEffect(() => {
    if (autosave.hasUnsaved()) return;
    if (stored) setRecord(stored);
    setValue(stored?.text.trim() ? stored.text : suggestion);
  }, [stored, suggestion]);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOn === undefined) return;
    // At the top (or bottom) of its group the pressed button is disabled: the other one keeps the focus.
    const [wanted, other] = focusOn === 'up' ? [up.current, down.current] : [down.current, up.current];
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    onFocused();
  }, [focusOn]);

  // Choosing the level's proposal stores no choice, so the recommendation follows the level again.
  const choose = (chosen: Shown): void => {
    const { kind: _kind, order: _order, ...rest } = record;
    const next: Recommendation =
      chosen === item.proposedKind || chosen === 'needsInformation'
        ? rest
        : { ...rest, kind: chosen as ChosenRecommendationKind };
    setRecord(next);
    autosave.changed(next, true);
  };
  const onExpectation = new Set(
    actions.filter((action) => action.expectationCodes.includes(code)).map((action) => action.id),
  );
  const linked = record.actionIds ?? [];
  const link = (actionId: string, on: boolean): void => {
    const next = {
      ...record,
      actionIds: on ? [...linked, actionId] : linked.filter((id) => id !== actionId),
    };
    setRecord(next);
    autosave.changed(next, true);
  };
  const options: Shown[] = [
    ...(item.proposedKind === 'needsInformation' ? (['needsInformation'] as const) : []),
    ...CHOSEN_RECOMMENDATION_KINDS,
  ];
  const id = `recommendation-${code}`;
  return (
    <div class="recommendation-choice" role="group" aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>
        {code} {item.statement}
      </h5>
      <div class="field">
        <label for={`${id}-kind`}>{text.recommendationKindLabel(code)}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => choose(event.currentTarget.value as Shown)}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {option === item.proposedKind ? text.proposedKind(groupTitle(option)) : groupTitle(option)}
            </option>
          ))}
        </select>
      </div>
      {kind !== 'omitted' && (
        <p class="button-row">
          <button
            type="button"
            ref={up}
            disabled={!canMoveUp}
            aria-label={text.moveUpLabel(code)}
            onClick={() => onMove(-1)}
          >
            {text.moveUp}
          </button>
          <button
            type="button"
            ref={down}
            disabled={!canMoveDown}
            aria-label={text.moveDownLabel(code)}
            onClick={() => onMove(1)}
          >
            {text.moveDown}
          </button>
        </p>
      )}
      <div class="field">
        <label for={id}>{text.recommendationLabel(code, groupTitle(kind))}</label>
        <textarea
          id={id}
          rows={3}
          value={value}
          onInput={(event) => {
            setValue(event.currentTarget.value);
            const next = { ...record, text: event.currentTarget.value };
            setRecord(next);
            autosave.changed(next);
          }}
        />
      </div>
      <fieldset class="field">
        <legend>{text.linkedActionsLegend(code)}</legend>
        {actions.length === 0 && <p class="field__hint">{text.noActionsToLink}</p>}
        {actions.map((action) => (
          <label class="checkbox" key={action.id}>
            <input
              type="checkbox"
              checked={onExpectation.has(action.id) || linked.includes(action.id)}
              disabled={onExpectation.has(action.id)}
              onChange={(event) => link(action.id, event.currentTarget.checked)}
            />
            {action.title} {onExpectation.has(action.id) && text.onExpectationHint}
          </label>
        ))}
        <p class="field__hint">
          <a href={appPaths.actionsFor(cycleId, code)}>{text.addAction(code)}</a>
        </p>
      </fieldset>
      <SaveStatus state={autosave.state} />
    </div>
  );
}

/**
 * The report's recommendations per group as the team chose them: each with its group (the level's marked as
 * the proposal), its place in the group, its text and the actions it links to; the ones left out last.
 */
export function RecommendationEditor({
  cycleId,
  section,
  stored,
  actions,
}: {
  cycleId: string;
  section: Section;
  stored: readonly Recommendation[];
  actions: readonly Action[];
}) {
  const [moved, setMoved] = useState<{ code: string; by: -1 | 1; to: number }>();
  const recordOf = (code: string) => stored.find((r) => r.expectationCode === code);
  // A move numbers the whole group as shown, so the team's order and the proposals after it become one order.
  const move = async (items: readonly Item[], index: number, by: -1 | 1): Promise<void> => {
    const codes = items.map((item) => item.code as ExpectationCode);
    const code = codes[index];
    if (code === undefined) return;
    codes.splice(index, 1);
    codes.splice(index + by, 0, code);
    setMoved({ code, by, to: index + by });
    // A text still waiting to be stored carries the order it was typed under and would undo the move after it:
    // it is stored first, and the move renumbers what is stored then.
    await settleUnsavedEdits();
    const current = await getDatabase().recommendations.where('cycleId').equals(cycleId).toArray();
    // In one transaction, so the report never shows the group half renumbered.
    await saveUserRecords(
      'recommendations',
      codes.flatMap((expectationCode, order) => {
        const record =
          current.find((stored) => stored.expectationCode === expectationCode) ??
          createRecommendation({ cycleId, expectationCode, text: '' });
        return record.order === order ? [] : [{ ...record, order }];
      }),
    );
  };
  const groups: { kind: Shown; title: string; items: readonly Item[] }[] = [
    ...section.groups,
    { kind: 'omitted', title: text.omittedTitle, items: section.omitted },
  ];
  const empty = groups.every((group) => group.items.length === 0);
  return (
    <section aria-labelledby="recommendation-editor-title">
      <h3 id="recommendation-editor-title">{text.recommendationsEditorTitle}</h3>
      <p class="field__hint">{text.recommendationsEditorIntro}</p>
      {section.limitNote && (
        <p class="notice" role="note">
          {section.limitNote}
        </p>
      )}
      {empty && <p>{text.noRecommendations}</p>}
      {groups
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <section key={group.kind} aria-labelledby={`recommendation-editor-${group.kind}`}>
            <h4 id={`recommendation-editor-${group.kind}`}>{group.title}</h4>
            {group.items.map((item, index) => (
              <RecommendationField
                key={item.code}
                cycleId={cycleId}
                item={item}
                kind={group.kind}
                stored={recordOf(item.code)}
                actions={actions}
                onMove={(by) => void move(group.items, index, by)}
                canMoveUp={index > 0}
                canMoveDown={index < group.items.length - 1}
                focusOn={
                  moved?.code === item.code && moved.to === index ? (moved.by < 0 ? 'up' : 'down') : undefined
                }
                onFocused={() => setMoved(undefined)}
              />
            ))}
          </section>
        ))}
    </section>
  );
}
