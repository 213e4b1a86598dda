import { useEffect, useState } from 'preact/hooks';
import type { Cycle } from '../../domain/cycle';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../domain/participant';
import { saveUserRecord } from '../data/save';
import { FieldError } from '../error-summary';
import { TaskOutcome, useTask } from '../run-task';
import { TaskButton } from '../task-button';
import * as strings from '../strings';
import { downloadInvitation } from './invitation-download';

const text = strings.contributions;

/**
 * The coordinator's open invitation, for anyone: roles to choose from, whether anonymity is allowed, a deadline
 * (kept with the cycle, so it is there when she comes back, and used by the personal invitations too);
 * downloaded as a file.
 */
export function InvitationExport({ cycle }: { cycle: Cycle }) {
  const [roles, setRoles] = useState<ParticipantRole[]>([...PARTICIPANT_ROLES]);
  const [deadline, setDeadline] = useState(cycle.contributionDeadline ?? cycle.endDate ?? '');
  useEffect(() => {
    if (cycle.contributionDeadline) setDeadline(cycle.contributionDeadline);
  }, [cycle.contributionDeadline]);
  const [rolesMissing, setRolesMissing] = useState(false);
  const task = useTask();
  // Shown ticked at once; the saved setting follows, and a change from another tab comes in through `cycle`.
  const [anonymousAllowed, setAnonymousAllowed] = useState(cycle.anonymousContributions ?? false);
  useEffect(() => setAnonymousAllowed(cycle.anonymousContributions ?? false), [cycle.anonymousContributions]);

  const toggleRole = (role: ParticipantRole, on: boolean): void => {
    setRoles(on ? [...roles, role] : roles.filter((r) => r !== role));
    if (on) setRolesMissing(false);
  };
  const setAnonymous = (allowed: boolean): Promise<void> =>
    task.run(async () => {
      setAnonymousAllowed(allowed);
      await saveUserRecord('cycles', { ...cycle, anonymousContributions: allowed });
      return [text.anonymousSaved(allowed)];
    });
  const saveDeadline = (value: string): Promise<void> =>
    task.run(async () => {
      setDeadline(value);
      const { contributionDeadline: _earlier, ...rest } = cycle;
      await saveUserRecord('cycles', value ? { ...rest, contributionDeadline: value } : rest);
      return [value ? text.deadlineSaved : text.deadlineCleared];
    });
  const download = (event: Event): void => {
    event.preventDefault();
    if (roles.length === 0) {
      setRolesMissing(true);
      document.getElementById('invitation-role-coordinator')?.focus();
      return;
    }
    void task.run(async () => {
      const fileName = await downloadInvitation(cycle, {
        roles,
        anonymousAllowed,
        ...(deadline ? { deadline } : {}),
      });
      return [text.invitationDone(fileName)];
    });
  };

  return (
    <section aria-labelledby="invitation-title" class="dashboard-section">
      <h2 id="invitation-title">{text.invitationTitle}</h2>
      <p>{text.invitationExplanation}</p>
      <form class="app-form" onSubmit={download} noValidate>
        <fieldset class="field" aria-describedby={rolesMissing ? 'invitation-roles-error' : undefined}>
          <legend>{text.rolesLegend}</legend>
          <FieldError id="invitation-roles-error" message={rolesMissing ? text.rolesMissing : undefined} />
          <div class="checkbox-row">
            {PARTICIPANT_ROLES.map((role) => (
              <label class="checkbox" key={role}>
                <input
                  type="checkbox"
                  id={`invitation-role-${role}`}
                  checked={roles.includes(role)}
                  onChange={(event) => toggleRole(role, event.currentTarget.checked)}
                />
                {strings.participants.roles[role]}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label class="checkbox">
            <input
              type="checkbox"
              checked={anonymousAllowed}
              aria-describedby="invitation-anonymous-hint"
              onChange={(event) => void setAnonymous(event.currentTarget.checked)}
            />
            {text.anonymousLabel}
          </label>
          <p class="field__hint" id="invitation-anonymous-hint">
            {text.anonymousHint}
          </p>
        </div>
        <div class="field">
          <label for="invitation-deadline">{text.deadlineLabel}</label>
          <input
            id="invitation-deadline"
            type="date"
            value={deadline}
            onChange={(event) => void saveDeadline(event.currentTarget.value)}
          />
        </div>
        <p>
          <TaskButton submit class="button-primary" busy={task.state.status === 'busy'}>
            {text.downloadInvitation}
          </TaskButton>
        </p>
      </form>
      <TaskOutcome state={task.state} busy={strings.app.loading} />
    </section>
  );
}
