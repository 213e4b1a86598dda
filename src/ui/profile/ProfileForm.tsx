import { useEffect, useState } from 'preact/hooks';
import { SUPPORT_TYPES, createLscProfile, type LscProfile, type SupportType } from '../../domain/lsc-profile';
import { getDatabase } from '../../storage/database';
import { loadProfile } from '../../storage/queries';
import { saveUserRecord } from '../data/save';
import { draftKey } from '../drafts/draft-store';
import { useAutosave } from '../hooks/use-autosave';
import { useLiveQuery } from '../hooks/use-live-query';
import { SaveStatus } from '../save-status';
import * as strings from '../strings';
import { Loading } from '../loading';

type TextField = keyof typeof strings.profile.fields;
const TEXT_FIELDS = Object.keys(strings.profile.fields) as TextField[];

/** The centre's profile, saved as the user types and kept current when another tab edits it. */
export default function ProfileForm() {
  const stored = useLiveQuery(() => loadProfile(getDatabase()), []);
  const [blank] = useState(() => createLscProfile());
  const autosave = useAutosave(
    async (profile: LscProfile) => {
      await saveUserRecord('lscProfiles', profile);
    },
    { key: draftKey('profiel'), shape: blank },
  );
  const [draft, setDraft] = useState<LscProfile | undefined>(autosave.recovered);

  // Take what is stored — on load, and when another tab saved — unless the user has edits not yet saved.
  useEffect(() => {
    if (stored.status === 'ready' && !autosave.hasUnsaved()) setDraft(stored.value);
  }, [stored]);

  if (stored.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  if (!draft) return <Loading />;

  const update = (change: Partial<LscProfile>): void => {
    const next = { ...draft, ...change };
    setDraft(next);
    autosave.changed(next);
  };
  const toggleType = (type: SupportType, on: boolean): void => {
    const types = on ? [...draft.supportTypes, type] : draft.supportTypes.filter((t) => t !== type);
    update({ supportTypes: SUPPORT_TYPES.filter((t) => types.includes(t)) });
  };

  return (
    <form class="app-form" onSubmit={(event) => event.preventDefault()}>
      <SaveStatus state={autosave.state} />
      {TEXT_FIELDS.map((field) => {
        const { label, hint } = strings.profile.fields[field];
        const id = `profile-${field}`;
        const props = {
          id,
          name: field,
          value: draft[field],
          'aria-describedby': hint ? `${id}-hint` : undefined,
          onInput: (event: Event) => update({ [field]: (event.currentTarget as HTMLInputElement).value }),
        };
        return (
          <div class="field" key={field}>
            <label for={id}>{label}</label>
            {hint && (
              <p class="field__hint" id={`${id}-hint`}>
                {hint}
              </p>
            )}
            {field === 'name' ? (
              <input type="text" autoComplete="organization" {...props} />
            ) : (
              <textarea rows={4} {...props} />
            )}
          </div>
        );
      })}
      <fieldset class="field">
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
    </form>
  );
}
