import { type Action } from '../../domain/action';
import { ActionSchema } from '../../domain/action-schema';
import { dueBeforeStart } from '../../domain/action-plan';
import * as strings from '../strings';

/** The fields of the action editor that can hold something the action cannot store. */
export type EditorField =
  'title' | 'goal' | 'successIndicator' | 'owner' | 'startDate' | 'dueDate' | 'evaluation';

const EDITOR_FIELDS: readonly EditorField[] = [
  'title',
  'goal',
  'successIndicator',
  'owner',
  'startDate',
  'dueDate',
  'evaluation',
];

const t = strings.actionEditor;

/** The label of a field, as the editor shows it. */
export const fieldLabel = (field: EditorField): string => (field === 'title' ? t.titleLabel : t[field]);

/**
 * What each field holds that cannot be stored, in Dutch and naming the field, in the order of the form (so the
 * first is where focus goes); empty when all can be.
 */
export function problemsOf(action: Action): Partial<Record<EditorField, string>> {
  const found: Partial<Record<EditorField, string>> = {};
  if (!action.title.trim()) found.title = t.errors.title;
  const parsed = ActionSchema.safeParse(action);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = EDITOR_FIELDS.find((candidate) => candidate === issue.path[0]);
    if (field) found[field] ??= t.errors.invalid(fieldLabel(field));
  }
  // Two dates are compared only once both are dates.
  if (!found.startDate && !found.dueDate && dueBeforeStart(action)) found.dueDate = t.errors.dueBeforeStart;
  return Object.fromEntries(
    EDITOR_FIELDS.filter((field) => found[field]).map((field) => [field, found[field]]),
  );
}

/**
 * The action as it can be stored: every field that cannot be stored keeps its stored value (or stays unset),
 * so one bad field spoils none of the others.
 */
export function storable(action: Action, stored: Action): Action {
  const bad = new Set(Object.keys(problemsOf(action)));
  const kept = Object.entries(action).filter(([field]) => !bad.has(field));
  const restored = Object.entries(stored).filter(([field]) => bad.has(field));
  return Object.fromEntries([...kept, ...restored]) as Action;
}

/** The fields of `typed` that cannot be stored, to keep on screen when the stored action comes back. */
export function unstorableFields(typed: Action): Partial<Action> {
  const fields = Object.keys(problemsOf(typed)) as EditorField[];
  return Object.fromEntries(fields.map((field) => [field, typed[field]])) as Partial<Action>;
}
