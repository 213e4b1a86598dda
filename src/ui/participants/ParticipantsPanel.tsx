import { useState } from 'preact/hooks';
import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from '../../domain/participant';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { ratingLabel } from '../../domain/framework/framework-summary';
import { mergeParticipants } from '../../domain/participant-merge';
import { isClosed } from '../../domain/workflow';
import { setSelfParticipant, type CycleData } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { removeParticipant, writeParticipantMerge } from '../../storage/participant-store';
import { downloadPersonalInvitation } from '../contributions/invitation-download';
import { CycleGate } from '../cycles/CycleGate';
import { saveUserRecord } from '../data/save';
import { formatDateTime } from '../format';
import { FieldError, invalidProps } from '../error-summary';
import { draftKey } from '../drafts/draft-store';
import { useDraft } from '../hooks/use-draft';
import { TaskOutcome, useTask } from '../run-task';
import { TaskButton } from '../task-button';
import * as strings from '../strings';

const text = strings.participants;

function AddParticipant({ cycleId, task }: { cycleId: string; task: ReturnType<typeof useTask> }) {
  const { value: name, set: setName, clear: clearName } = useDraft(draftKey('nieuwe-deelnemer', cycleId), '');
  const [role, setRole] = useState<ParticipantRole>('supportStaff');
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState(false);
  const errorMessage = error ? strings.newCycle.errors.name : undefined;
  const add = (event: Event): void => {
    event.preventDefault();
    if (!name.trim()) {
      setError(true);
      return;
    }
    setError(false);
    void task.run(async () => {
      // The factory parses with the schema: zod loads on the first participant added, not with the page.
      const { createParticipant } = await import('../../domain/participant-schema');
      const participant = createParticipant({ cycleId, name: name.trim(), role, anonymous });
      await saveUserRecord('participants', participant);
      clearName();
      setAnonymous(false);
      return [text.added(participant.name)];
    });
  };
  return (
    <form class="app-form add-participant" onSubmit={add} noValidate aria-labelledby="add-participant-title">
      <h2 id="add-participant-title">{text.addTitle}</h2>
      <div class="field">
        <label for="participant-name">{strings.newCycle.nameLabel}</label>
        <FieldError id="participant-name-error" message={errorMessage} />
        <input
          id="participant-name"
          type="text"
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
          {...invalidProps('participant-name-error', errorMessage)}
        />
      </div>
      <div class="field">
        <label for="participant-role">{strings.newCycle.roleLabel}</label>
        <select
          id="participant-role"
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as ParticipantRole)}
        >
          {PARTICIPANT_ROLES.map((r) => (
            <option key={r} value={r}>
              {text.roles[r]}
            </option>
          ))}
        </select>
      </div>
      <label class="checkbox">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} />
        {text.anonymousLabel}
      </label>
      <p>
        <button type="submit" class="button-primary">
          {text.add}
        </button>
      </p>
    </form>
  );
}

/** The in-page question before a participant goes: what goes with them, and a button that confirms it. */
function RemoveConfirmation({
  participant,
  data,
  onConfirm,
  onCancel,
}: {
  participant: Participant;
  data: CycleData;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ratings = data.assessments.filter(
    (a) => a.participantId === participant.id && a.rating !== 'notRated',
  );
  const { contribution } = participant;
  return (
    <div class="outcome outcome--warning" role="group" aria-labelledby={`remove-${participant.id}`}>
      <p id={`remove-${participant.id}`}>
        <strong>{text.removeQuestion(participant.name)}</strong>
      </p>
      <p>
        {text.removeConsequence(
          ratings.length,
          contribution &&
            text.contributionVersion(contribution.version, formatDateTime(contribution.receivedAt)),
        )}
      </p>
      <p class="button-row">
        <button type="button" class="button-danger" onClick={onConfirm}>
          {text.confirmRemove(participant.name)}
        </button>
        <button type="button" onClick={onCancel}>
          {text.cancel}
        </button>
      </p>
    </div>
  );
}

/** Two entries for one person made one: who goes and who stays, where their judgements differ, then confirm. */
function MergeParticipants({
  framework,
  data,
  task,
}: {
  framework: FrameworkSummary;
  data: CycleData;
  task: ReturnType<typeof useTask>;
}) {
  const [otherId, setOtherId] = useState('');
  const [keptId, setKeptId] = useState('');
  const [asking, setAsking] = useState(false);
  const other = data.participants.find((p) => p.id === otherId);
  const kept = data.participants.find((p) => p.id === keptId && p.id !== otherId);
  const merge = kept && other && mergeParticipants(kept, other, data.assessments);
  const confirm = (): Promise<void> =>
    task.run(async () => {
      if (!kept || !other || !merge) return [];
      await writeParticipantMerge(getDatabase(), merge, other.id);
      setAsking(false);
      setOtherId('');
      setKeptId('');
      return [text.merged(kept.name, other.name, merge.conflicts.length)];
    });
  const choose = (id: string, label: string, value: string, onChange: (value: string) => void) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.currentTarget.value);
          setAsking(false);
        }}
      >
        <option value="">{text.mergeChoose}</option>
        {data.participants.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} ({text.roles[p.role]})
          </option>
        ))}
      </select>
    </div>
  );
  if (data.participants.length < 2) return null;
  return (
    <section class="app-form" aria-labelledby="merge-title">
      <h2 id="merge-title">{text.mergeTitle}</h2>
      <p class="field__hint">{text.mergeHint}</p>
      {choose('merge-other', text.mergeOtherLabel, otherId, setOtherId)}
      {choose('merge-kept', text.mergeKeptLabel, keptId, setKeptId)}
      <p>
        <button type="button" disabled={!merge} onClick={() => setAsking(true)}>
          {text.mergeButton}
        </button>
      </p>
      {asking && kept && other && merge && (
        <div class="outcome outcome--warning" role="group" aria-labelledby="merge-question">
          <p id="merge-question">
            <strong>{text.mergeQuestion(kept.name, other.name)}</strong>
          </p>
          {merge.conflicts.length === 0 ? (
            <p>{text.mergeNoConflicts}</p>
          ) : (
            <>
              <p>{text.mergeConflicts}</p>
              <ul>
                {merge.conflicts.map((conflict) => (
                  <li key={conflict.code}>
                    {text.mergeConflict(
                      conflict.code,
                      kept.name,
                      ratingLabel(framework, conflict.kept.rating),
                      other.name,
                      ratingLabel(framework, conflict.dropped.rating),
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p class="button-row">
            <button type="button" class="button-primary" onClick={() => void confirm()}>
              {text.confirmMerge(kept.name)}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {text.cancel}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

function Participants({ framework, data }: { framework: FrameworkSummary; data: CycleData }) {
  const task = useTask();
  const db = getDatabase();
  const [removing, setRemoving] = useState<string | undefined>();
  // A closed cycle is a record: who took part is read there, not changed (the store refuses it too).
  const editableTeam = data.cycle.mode === 'team' && !isClosed(data.cycle);
  const makeSelf = (participant: Participant): Promise<void> =>
    task.run(async () => {
      await setSelfParticipant(db, data.cycle.id, participant.id);
      return [text.selfChanged(participant.name)];
    });
  const remove = (participant: Participant): Promise<void> =>
    task.run(async () => {
      await removeParticipant(db, participant.id);
      setRemoving(undefined);
      return [text.removed(participant.name)];
    });
  const invite = (participant: Participant): Promise<void> =>
    task.run(async () => {
      const fileName = await downloadPersonalInvitation(data.cycle, participant);
      await saveUserRecord('participants', { ...participant, invitedAt: new Date().toISOString() });
      return [text.invitationDone(fileName, participant.name)];
    });

  return (
    <>
      {!data.selfParticipantId && <p class="notice">{text.noSelf}</p>}
      {data.cycle.mode === 'individual' && <p>{text.individualNote}</p>}
      <ul class="card-list" aria-label={text.listLabel}>
        {data.participants.map((participant) => {
          const isSelf = participant.id === data.selfParticipantId;
          return (
            <li key={participant.id} class="card">
              <p class="card__title">
                {participant.name} {isSelf && <strong class="badge">{text.you}</strong>}{' '}
                {participant.origin === 'file' && <span class="badge">{text.fromFile}</span>}
              </p>
              <p class="card__meta">
                {text.roles[participant.role]}
                {participant.anonymous && ` · ${text.anonymous}`}
                {participant.invitedAt && ` · ${text.invitedOn(formatDateTime(participant.invitedAt))}`}
              </p>
              <p class="button-row">
                {!isSelf && (
                  <button type="button" onClick={() => void makeSelf(participant)}>
                    {text.makeSelf(participant.name)}
                  </button>
                )}
                {editableTeam && (
                  <TaskButton busy={task.state.status === 'busy'} onClick={() => void invite(participant)}>
                    {text.personalInvitation(participant.name)}
                  </TaskButton>
                )}
                {editableTeam && (
                  <button
                    type="button"
                    class="button-danger"
                    aria-expanded={removing === participant.id}
                    onClick={() => setRemoving(participant.id)}
                  >
                    {text.remove(participant.name)}
                  </button>
                )}
              </p>
              {removing === participant.id && (
                <RemoveConfirmation
                  participant={participant}
                  data={data}
                  onConfirm={() => void remove(participant)}
                  onCancel={() => setRemoving(undefined)}
                />
              )}
            </li>
          );
        })}
      </ul>
      <TaskOutcome state={task.state} busy={strings.app.loading} />
      {editableTeam && <AddParticipant cycleId={data.cycle.id} task={task} />}
      {editableTeam && <MergeParticipants framework={framework} data={data} task={task} />}
    </>
  );
}

/** Who takes part in the cycle, their personal invitations, and who "I" am on this device. */
export default function ParticipantsPanel({ framework }: { framework: FrameworkSummary }) {
  return (
    <CycleGate view="participants">{(data) => <Participants framework={framework} data={data} />}</CycleGate>
  );
}
