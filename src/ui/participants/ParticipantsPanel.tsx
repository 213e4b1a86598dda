import { useState } from 'preact/hooks';
import {
  PARTICIPANT_ROLES,
  createParticipant,
  type Participant,
  type ParticipantRole,
} from '../../domain/participant';
import { setSelfParticipant, type CycleData } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { deleteEditedRecord } from '../../storage/edit-guard';
import { CycleGate } from '../cycles/CycleGate';
import { saveUserRecord } from '../data/save';
import { FieldError, invalidProps } from '../error-summary';
import { useUnsavedForm } from '../hooks/use-unsaved-form';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';

const text = strings.participants;

function AddParticipant({ cycleId, task }: { cycleId: string; task: ReturnType<typeof useTask> }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<ParticipantRole>('supportStaff');
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState(false);
  useUnsavedForm(name.trim() !== '');
  const errorMessage = error ? strings.newCycle.errors.name : undefined;
  const add = (event: Event): void => {
    event.preventDefault();
    if (!name.trim()) {
      setError(true);
      return;
    }
    setError(false);
    void task.run(async () => {
      const participant = createParticipant({ cycleId, name: name.trim(), role, anonymous });
      await saveUserRecord('participants', participant);
      setName('');
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

function Participants({ data }: { data: CycleData }) {
  const task = useTask();
  const db = getDatabase();
  const rated = new Set(data.assessments.map((a) => a.participantId));
  const makeSelf = (participant: Participant): Promise<void> =>
    task.run(async () => {
      await setSelfParticipant(db, data.cycle.id, participant.id);
      return [text.selfChanged(participant.name)];
    });
  const remove = (participant: Participant): Promise<void> =>
    task.run(async () => {
      // Checked again at the moment of deleting: another tab may have rated meanwhile.
      const count = await db.assessments.where('participantId').equals(participant.id).count();
      if (count > 0) return [text.cannotRemove(participant.name)];
      await deleteEditedRecord(db, 'participants', participant.id);
      return [text.removed(participant.name)];
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
                {participant.name} {isSelf && <strong class="badge">{text.you}</strong>}
              </p>
              <p class="card__meta">
                {text.roles[participant.role]}
                {participant.anonymous && ` · ${text.anonymous}`}
              </p>
              <p class="button-row">
                {!isSelf && (
                  <button type="button" onClick={() => void makeSelf(participant)}>
                    {text.makeSelf(participant.name)}
                  </button>
                )}
                {!rated.has(participant.id) && (
                  <button type="button" class="button-danger" onClick={() => void remove(participant)}>
                    {text.remove(participant.name)}
                  </button>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      <TaskOutcome state={task.state} busy={strings.app.loading} />
      {data.cycle.mode === 'team' && <AddParticipant cycleId={data.cycle.id} task={task} />}
    </>
  );
}

/** Who takes part in the cycle, and who "I" am on this device. */
export default function ParticipantsPanel() {
  return <CycleGate view="participants">{(data) => <Participants data={data} />}</CycleGate>;
}
