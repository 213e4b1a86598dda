import { useState } from 'preact/hooks';
import { inJoiningOrder } from '../../domain/participant';
import { setSelfParticipant, type CycleData } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';
import { appPaths } from './cycle-link';

/**
 * Asks who uses this device in the cycle, before anything is written under a person's name: after a restore,
 * on a fresh browser or after "alles verwijderen" the app does not know, and never takes someone by default.
 */
export function ChooseSelf({ data }: { data: CycleData }) {
  const [chosen, setChosen] = useState<string>();
  const choosing = useTask();
  const text = strings.chooseSelf;
  const participants = inJoiningOrder(data.participants);
  const confirm = (event: Event): void => {
    event.preventDefault();
    const participant = participants.find((p) => p.id === chosen);
    if (!participant) return;
    void choosing.run(async () => {
      await setSelfParticipant(getDatabase(), data.cycle.id, participant.id);
      return [strings.participants.selfChanged(participant.name)];
    });
  };
  return (
    <form class="notice choose-self" onSubmit={confirm} aria-labelledby="choose-self-title">
      <h2 id="choose-self-title">{text.title}</h2>
      <p>{text.explanation}</p>
      {participants.length === 0 ? (
        <p>
          <a href={appPaths.participants(data.cycle.id)}>{strings.rating.chooseSelf}</a>
        </p>
      ) : (
        <>
          <fieldset class="field">
            <legend>{text.legend}</legend>
            {participants.map((participant) => (
              <label class="radio" key={participant.id}>
                <input
                  type="radio"
                  name="choose-self"
                  value={participant.id}
                  checked={chosen === participant.id}
                  onChange={() => setChosen(participant.id)}
                />
                {text.option(participant.name, strings.participants.roles[participant.role])}
              </label>
            ))}
          </fieldset>
          <button type="submit" class="button-primary" disabled={chosen === undefined}>
            {text.confirm}
          </button>
        </>
      )}
      <TaskOutcome state={choosing.state} busy={strings.app.loading} />
    </form>
  );
}
