import { useEffect, useState } from 'preact/hooks';
import { SUPPORT_TYPES, createLscProfile, type LscProfile, type SupportType } from '../../domain/lsc-profile';
import {
  ContactEmailSchema,
  ContactPhoneSchema,
  InstitutionNumberSchema,
} from '../../domain/lsc-profile-schema';
import { getDatabase } from '../../storage/database';
import { loadProfile } from '../../storage/queries';
import { saveUserRecord } from '../data/save';
import { draftKey } from '../drafts/draft-store';
import { FieldError, invalidProps } from '../error-summary';
import { useAutosave, type SaveState } from '../hooks/use-autosave';
import { useDraft } from '../hooks/use-draft';
import { useLiveQuery } from '../hooks/use-live-query';
import { SaveStatus } from '../save-status';
import * as strings from '../strings';
import { Loading } from '../loading';
import { SchoolYearFigures } from './SchoolYearFigures';
import { LogoField } from './LogoField';

type TextField = keyof typeof strings.profile.fields;

/** The profile's fields in their groups, in the order the form shows them. */
const GROUPS: Record<keyof typeof strings.profile.groups, readonly (TextField | 'supportTypes')[]> = {
  identity: ['name', 'institutionNumber', 'address', 'governingBody'],
  contact: ['directorName', 'contactEmail', 'contactPhone'],
  context: [
    'workingArea',
    'schoolsServed',
    'teamComposition',
    'supportTypes',
    'structuralPartnerships',
    'supportCouncil',
    'otherContext',
  ],
};

/** The fields with a shape to keep: what is typed there is stored only once it has that shape. */
const CHECKED = {
  institutionNumber: InstitutionNumberSchema,
  contactEmail: ContactEmailSchema,
  contactPhone: ContactPhoneSchema,
} as const;
type CheckedField = keyof typeof CHECKED;
const isChecked = (field: TextField): field is CheckedField => field in CHECKED;

/** Single-line inputs, with what the browser may fill in; the others are free texts. */
const INPUTS: Partial<Record<TextField, { type: string; autoComplete: string; inputMode?: 'numeric' }>> = {
  name: { type: 'text', autoComplete: 'organization' },
  institutionNumber: { type: 'text', autoComplete: 'off', inputMode: 'numeric' },
  governingBody: { type: 'text', autoComplete: 'off' },
  directorName: { type: 'text', autoComplete: 'off' },
  contactEmail: { type: 'email', autoComplete: 'email' },
  contactPhone: { type: 'tel', autoComplete: 'tel' },
};

/** The Dutch message for each checked field whose typed value does not have its shape. */
function problemsOf(profile: LscProfile): Partial<Record<CheckedField, string>> {
  const problems: Partial<Record<CheckedField, string>> = {};
  for (const field of Object.keys(CHECKED) as CheckedField[]) {
    const parsed = CHECKED[field].safeParse(profile[field]);
    if (!parsed.success) problems[field] = parsed.error.issues[0]?.message ?? '';
  }
  return problems;
}

/** The profile as the form edits it: its logo, bytes that a text draft cannot hold, is saved on its own. */
function withoutLogo(profile: LscProfile): LscProfile {
  const { logo: _logo, ...rest } = profile;
  return rest;
}

/** What the page says of two things it saves: an error first, then what is still under way, then saved. */
function combinedSaveState(a: SaveState, b: SaveState): SaveState {
  const rank: Record<SaveState['status'], number> = { error: 4, saving: 3, pending: 2, saved: 1, idle: 0 };
  return rank[b.status] > rank[a.status] ? b : a;
}

/**
 * The centre's profile and its figures per school year, saved as the user types and kept current when another
 * tab edits them. A field that does
 * not have its shape (an e-mail address without domain) says so beside it and keeps its stored value, while
 * what was typed stays on screen and in a draft of its own until it is corrected.
 */
export default function ProfileForm() {
  const stored = useLiveQuery(() => loadProfile(getDatabase()), []);
  const [blank] = useState(() => createLscProfile());
  const autosave = useAutosave(
    async (profile: LscProfile) => {
      // The logo as stored now: the form's copy never holds it, and choosing or removing it saves at once.
      const { logo } = await loadProfile(getDatabase());
      await saveUserRecord('lscProfiles', logo ? { ...withoutLogo(profile), logo } : withoutLogo(profile));
    },
    { key: draftKey('profiel'), shape: blank },
  );
  const unstorable = useDraft<Partial<Record<CheckedField, string>>>(draftKey('profiel-ongeldig'), {});
  const [figuresSaveState, setFiguresSaveState] = useState<SaveState>({ status: 'idle' });
  const [draft, setDraft] = useState<LscProfile | undefined>(
    autosave.recovered && { ...autosave.recovered, ...unstorable.value },
  );

  // Take what is stored — on load, and when another tab saved — unless the user has edits not yet saved;
  // what cannot be stored stays as typed.
  useEffect(() => {
    if (stored.status === 'ready' && !autosave.hasUnsaved())
      setDraft({ ...withoutLogo(stored.value), ...unstorable.value });
  }, [stored]);

  if (stored.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  if (!draft || stored.status === 'loading') return <Loading />;
  const problems = problemsOf(draft);

  const update = (change: Partial<LscProfile>): void => {
    const next = { ...draft, ...change };
    setDraft(next);
    const bad = problemsOf(next);
    const badFields = Object.keys(bad) as CheckedField[];
    unstorable.set(Object.fromEntries(badFields.map((field) => [field, next[field]])));
    autosave.changed({
      ...next,
      ...Object.fromEntries(badFields.map((field) => [field, stored.value[field]])),
    });
  };
  const toggleType = (type: SupportType, on: boolean): void => {
    const types = on ? [...draft.supportTypes, type] : draft.supportTypes.filter((t) => t !== type);
    update({ supportTypes: SUPPORT_TYPES.filter((t) => types.includes(t)) });
  };

  const field = (name: TextField) => {
    const { label, hint } = strings.profile.fields[name];
    const id = `profile-${name}`;
    const problem = isChecked(name) ? problems[name] : undefined;
    const props = {
      id,
      name,
      value: draft[name],
      ...invalidProps(`${id}-error`, problem, hint ? `${id}-hint` : undefined),
      onInput: (event: Event) => update({ [name]: (event.currentTarget as HTMLInputElement).value }),
    };
    const input = INPUTS[name];
    return (
      <div class="field" key={name}>
        <label for={id}>{label}</label>
        {hint && (
          <p class="field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {input ? <input {...input} {...props} /> : <textarea rows={name === 'address' ? 2 : 4} {...props} />}
        <FieldError id={`${id}-error`} message={problem} />
      </div>
    );
  };

  const supportTypes = (
    <fieldset class="field" key="supportTypes">
      <legend>{strings.profile.supportTypesLegend}</legend>
      <div class="checkbox-row">
        {SUPPORT_TYPES.map((type) => (
          <label key={type} class="checkbox">
            <input
              type="checkbox"
              name="supportTypes"
              value={type}
              checked={draft.supportTypes.includes(type)}
              onChange={(event) => toggleType(type, event.currentTarget.checked)}
            />
            {strings.profile.supportTypes[type]}
          </label>
        ))}
      </div>
    </fieldset>
  );

  // One status for the page, above both the profile and the figures, so it stays in view over both.
  return (
    <div>
      <SaveStatus state={combinedSaveState(autosave.state, figuresSaveState)} />
      <form class="app-form" onSubmit={(event) => event.preventDefault()}>
        {(Object.keys(GROUPS) as (keyof typeof GROUPS)[]).map((group) => (
          <fieldset class="field-group" key={group}>
            <legend>{strings.profile.groups[group]}</legend>
            {GROUPS[group].map((name) => (name === 'supportTypes' ? supportTypes : field(name)))}
            {group === 'identity' && <LogoField logo={stored.value.logo} centre={draft.name} />}
          </fieldset>
        ))}
      </form>
      <SchoolYearFigures onSaveState={setFiguresSaveState} />
    </div>
  );
}
