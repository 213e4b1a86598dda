import { useState } from 'preact/hooks';
import { explainError } from './explain-error';

/** A task the user started: running, done with a message, or failed with the lines that explain why. */
export type TaskState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; lines: string[] }
  | { status: 'failed'; lines: string[] };

/** Runs one task at a time and keeps its outcome for display. */
export function useTask() {
  const [state, setState] = useState<TaskState>({ status: 'idle' });
  const run = async (task: () => Promise<string[]>): Promise<void> => {
    setState({ status: 'busy' });
    try {
      setState({ status: 'done', lines: await task() });
    } catch (error) {
      setState({ status: 'failed', lines: explainError(error) });
    }
  };
  return { state, run, reset: () => setState({ status: 'idle' }) };
}

/** The outcome of a task, announced to screen readers. */
export function TaskOutcome({ state, busy }: { state: TaskState; busy: string }) {
  if (state.status === 'idle') return null;
  if (state.status === 'busy') return <p role="status">{busy}</p>;
  return (
    <div role={state.status === 'failed' ? 'alert' : 'status'} class={`outcome outcome--${state.status}`}>
      {state.lines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </div>
  );
}
