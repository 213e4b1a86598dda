import { useEffect, useRef, useState } from 'preact/hooks';
import type { Cycle } from '../../domain/cycle';
import { TeamFileError } from '../../domain/contribution/file-error';
import type { InvitationFile } from '../../domain/contribution/invitation-file';
import { getDatabase } from '../../storage/database';
import { appPaths } from '../cycles/cycle-link';
import { askPersistenceOnFirstSave } from '../data/save';
import { FieldError, invalidProps } from '../error-summary';
import { explainError } from '../explain-error';
import { formatDate } from '../format';
import * as strings from '../strings';
import { fileBytes } from './file-bytes';
import { loadFileMessages, loadInvitationReader } from './team-file-modules';

const text = strings.invitationOpen;

type Stage =
  | { step: 'choose' }
  | { step: 'reading' }
  | { step: 'refused'; lines: string[] }
  /** Read, and not opened here before: ask the member's name. */
  | { step: 'ready'; invitation: InvitationFile }
  | { step: 'creating'; invitation: InvitationFile }
  /** Opened before on this device, or the team cycle itself is here. */
  | { step: 'known'; message: string; cycle: Cycle };

/** The cycle this device already has for an invitation, with the message that says so; undefined if none. */
async function knownCycleFor(
  invitation: InvitationFile,
): Promise<Extract<Stage, { step: 'known' }> | undefined> {
  const db = getDatabase();
  const [, , { findMemberCycle }] = await loadInvitationReader();
  const member = await findMemberCycle(db, invitation.terms.teamCycleId);
  if (member) return { step: 'known', message: text.alreadyOpened(member.title), cycle: member };
  const team = await db.cycles.get(invitation.terms.teamCycleId);
  if (team) return { step: 'known', message: text.teamCycleHere(team.title), cycle: team };
  return undefined;
}

/**
 * "Uitnodiging openen": reads an invitation file and starts the member's own cycle for it, asking only
 * their name. An invitation opened before leads to the cycle made then, never to a second one.
 */
export function OpenInvitation() {
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (stage.step !== 'choose' && stage.step !== 'reading') result.current?.focus();
  }, [stage.step]);

  const read = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setStage({ step: 'reading' });
    try {
      const [{ INVITATION_FILE }, { readTeamFile }] = await loadInvitationReader();
      const invitation = await readTeamFile(await fileBytes(file), INVITATION_FILE);
      // A personal invitation offers the name the coordinator listed; the member may still change it.
      if (invitation.terms.participant) setName(invitation.terms.participant.name);
      setStage((await knownCycleFor(invitation)) ?? { step: 'ready', invitation });
    } catch (error) {
      setStage({
        step: 'refused',
        lines:
          error instanceof TeamFileError
            ? [(await loadFileMessages()).describeFileError(file.name, error)]
            : explainError(error),
      });
    }
  };

  const start = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (stage.step !== 'ready') return;
    if (!name.trim()) {
      setNameMissing(true);
      document.getElementById('invitation-name')?.focus();
      return;
    }
    setStage({ step: 'creating', invitation: stage.invitation });
    try {
      const [, , { openInvitation }] = await loadInvitationReader();
      const opened = await openInvitation(getDatabase(), stage.invitation, name.trim());
      if (opened.outcome === 'created') {
        askPersistenceOnFirstSave();
        window.location.assign(appPaths.overview(opened.cycle.id));
        return;
      }
      setStage((await knownCycleFor(stage.invitation)) ?? { step: 'ready', invitation: stage.invitation });
    } catch (error) {
      setStage({ step: 'refused', lines: explainError(error) });
    }
  };
  const nameError = nameMissing ? text.nameMissing : undefined;

  return (
    <section aria-labelledby="open-invitation-title" class="dashboard-section">
      <h2 id="open-invitation-title">{text.title}</h2>
      <p>{text.explanation}</p>
      <div class="field app-form">
        <label for="invitation-file">{text.fileLabel}</label>
        <input
          id="invitation-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.currentTarget;
            void read(input.files?.[0]).then(() => (input.value = ''));
          }}
        />
      </div>
      {stage.step === 'reading' && <p role="status">{text.reading}</p>}
      {stage.step === 'refused' && (
        <div ref={result} tabIndex={-1} role="alert" class="outcome outcome--failed">
          {stage.lines.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </div>
      )}
      {stage.step === 'known' && (
        <div ref={result} tabIndex={-1} role="status" class="outcome">
          <p>{stage.message}</p>
          <p>
            <a href={appPaths.overview(stage.cycle.id)}>{text.goTo(stage.cycle.title)}</a>
          </p>
        </div>
      )}
      {(stage.step === 'ready' || stage.step === 'creating') && (
        <form class="app-form" onSubmit={(event) => void start(event)} noValidate>
          <div ref={result} tabIndex={-1} role="status" class="outcome">
            <p>
              {text.summary(
                stage.invitation.cycle.title,
                stage.invitation.cycle.schoolYear,
                stage.invitation.cycle.scope.length,
              )}
            </p>
            {stage.invitation.terms.deadline && (
              <p>{text.deadline(formatDate(stage.invitation.terms.deadline))}</p>
            )}
          </div>
          <div class="field">
            <label for="invitation-name">{text.nameLabel}</label>
            <p class="field__hint" id="invitation-name-hint">
              {text.nameHint}
            </p>
            <FieldError id="invitation-name-error" message={nameError} />
            <input
              id="invitation-name"
              type="text"
              autoComplete="name"
              value={name}
              aria-describedby="invitation-name-hint"
              onInput={(event) => setName(event.currentTarget.value)}
              {...invalidProps('invitation-name-error', nameError)}
            />
          </div>
          <p>
            <button type="submit" class="button-primary" disabled={stage.step === 'creating'}>
              {stage.step === 'creating' ? text.creating : text.start}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
