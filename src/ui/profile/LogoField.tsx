import { useState } from 'preact/hooks';
import type { LscProfile } from '../../domain/lsc-profile';
import { getDatabase } from '../../storage/database';
import { loadProfile } from '../../storage/queries';
import { saveUserRecord } from '../data/save';
import { FieldError, invalidProps } from '../error-summary';
import { useObjectUrl } from '../hooks/use-object-url';
import * as strings from '../strings';
import { readLogoFile } from './logo-file';

const text = strings.profile.logo;

/**
 * Stores the logo on the profile as it is stored now, or removes it: apart from the form's autosave, whose draft
 * (text in localStorage) never holds the image.
 */
async function saveLogo(logo: LscProfile['logo']): Promise<void> {
  const { logo: _old, ...profile } = await loadProfile(getDatabase());
  await saveUserRecord('lscProfiles', logo ? { ...profile, logo } : profile);
}

/** The centre's logo for the report's cover: choose a PNG or JPEG, see it, remove it. */
export function LogoField({ logo, centre }: { logo: LscProfile['logo']; centre: string }) {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const url = useObjectUrl(logo?.bytes, logo?.type ?? '');
  const id = 'profile-logo';

  const choose = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus('');
    const read = await readLogoFile(file);
    input.value = '';
    if ('problem' in read) {
      setProblem(read.problem);
      return;
    }
    setProblem(undefined);
    await saveLogo(read);
    setStatus(text.saved);
  };
  const remove = async (): Promise<void> => {
    setProblem(undefined);
    await saveLogo(undefined);
    setStatus(text.removed);
  };

  return (
    <fieldset class="field logo-field">
      <legend>{text.legend}</legend>
      <p class="field__hint" id={`${id}-hint`}>
        {text.hint}
      </p>
      {logo && url ? (
        <figure class="logo-field__preview">
          <img src={url} alt={text.alt(centre.trim())} width={logo.width} height={logo.height} />
          <figcaption>{text.size(logo.width, logo.height)}</figcaption>
        </figure>
      ) : (
        <p>{text.none}</p>
      )}
      <label for={id}>{logo ? text.replace : text.choose}</label>
      <input
        id={id}
        type="file"
        accept="image/png,image/jpeg"
        {...invalidProps(`${id}-error`, problem, `${id}-hint`)}
        onChange={(event) => void choose(event.currentTarget)}
      />
      <FieldError id={`${id}-error`} message={problem} />
      {logo && (
        <p>
          <button type="button" onClick={() => void remove()}>
            {text.remove}
          </button>
        </p>
      )}
      <p role="status" class="visually-hidden">
        {status}
      </p>
    </fieldset>
  );
}
