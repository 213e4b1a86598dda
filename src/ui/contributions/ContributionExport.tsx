import { useEffect, useRef, useState } from 'preact/hooks';
import type { ParticipantRole } from '../../domain/participant';
import { encryptedFileName } from '../../storage/backup/file-name';
import { passphraseProblem, type PassphraseProblem } from '../../storage/crypto/passphrase';
import type { CycleData } from '../../storage/cycle-store';
import { loadEncryption } from '../data/backup-modules';
import { downloadFile } from '../data/download';
import { saveUserRecord } from '../data/save';
import { FieldError, invalidProps } from '../error-summary';
import { ProtectWithPassphrase } from '../privacy/ProtectWithPassphrase';
import { loadExportReview, useExportReview } from '../privacy/use-export-review';
import { CONTRIBUTION_ANCHOR } from './contribution-anchor';
import { TaskOutcome, useTask } from '../run-task';
import { TaskButton } from '../task-button';
import * as strings from '../strings';
import { ContributionDeadline } from './ContributionDeadline';
import { loadContributionWriter } from './team-file-modules';

const text = strings.contributionExport;
const PASSPHRASE_ID = 'contribution-passphrase';

/**
 * On a member's own cycle opened from an invitation: download the contribution for the team, under their
 * name or (when the invitation allows it) anonymously, in a role the invitation offers, encrypted with a
 * passphrase if the member wishes, after showing any personal-looking data the file would carry. The choice
 * is kept on the member's participant, so the next export starts from it.
 */
export function ContributionExport({ data }: { data: CycleData }) {
  const { cycle } = data;
  const terms = cycle.invitation;
  const self = data.participants.find((p) => p.id === data.selfParticipantId) ?? data.participants[0];
  const [name, setName] = useState(self?.name ?? '');
  const [role, setRole] = useState<ParticipantRole>(
    self && terms?.roles.includes(self.role) ? self.role : (terms?.roles[0] ?? 'supportStaff'),
  );
  const [anonymous, setAnonymous] = useState(
    (self?.anonymous ?? false) && (terms?.anonymousAllowed ?? false),
  );
  const [nameMissing, setNameMissing] = useState(false);
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState({ value: '', repeated: '' });
  const [problem, setProblem] = useState<PassphraseProblem>();
  const task = useTask();
  const review = useExportReview();
  const button = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // "Bijdrage bezorgen" on another page leads here; this section loads after the page, too late for the
  // browser's own jump to the address's #, so it comes into view and takes focus itself.
  useEffect(() => {
    if (window.location.hash === `#${CONTRIBUTION_ANCHOR}`) heading.current?.focus();
  }, []);
  if (!terms || !self) return null;

  const download = (event: Event): void => {
    event.preventDefault();
    if (!anonymous && !name.trim()) {
      setNameMissing(true);
      document.getElementById('contribution-name')?.focus();
      return;
    }
    setNameMissing(false);
    const wrong = protect ? passphraseProblem(passphrase.value, passphrase.repeated) : undefined;
    setProblem(wrong);
    if (wrong) {
      document.getElementById(wrong === 'tooShort' ? PASSPHRASE_ID : `${PASSPHRASE_ID}-repeat`)?.focus();
      return;
    }
    const secret = protect ? passphrase.value : undefined;
    void task.run(async () => {
      const [[{ contributionFileName, createContributionFile }, { serialiseTeamFile }], scan] =
        await Promise.all([loadContributionWriter(), loadExportReview()]);
      const saved = await saveUserRecord('participants', {
        ...self,
        name: name.trim() || self.name,
        role,
        anonymous,
      });
      const file = createContributionFile(cycle, saved.id, data.assessments, {
        name: saved.name,
        role,
        anonymous,
      });
      const rated = file.assessments.filter((a) => a.rating !== 'notRated').length;
      const deliver = async (): Promise<string[]> => {
        const bytes = new TextEncoder().encode(serialiseTeamFile(file));
        if (secret === undefined) {
          const fileName = contributionFileName(file);
          downloadFile(bytes, fileName, 'application/json');
          return [text.done(fileName, rated, cycle.scope.length)];
        }
        const { encryptBytes } = await loadEncryption();
        const fileName = encryptedFileName(contributionFileName(file));
        downloadFile(await encryptBytes(bytes, secret), fileName, 'application/octet-stream');
        setPassphrase({ value: '', repeated: '' });
        return [text.doneEncrypted(fileName, rated, cycle.scope.length)];
      };
      const findings = scan.scanContribution(file, cycle, saved, data.assessments);
      if (findings.length === 0) return deliver();
      review.hold({
        Panel: scan.PersonalDataReview,
        findings,
        proceed: () => void task.run(deliver),
        cancel: () => {
          task.reset();
          button.current?.focus();
        },
      });
      return [strings.personalData.found];
    });
  };
  const nameError = nameMissing ? strings.invitationOpen.nameMissing : undefined;

  return (
    <section aria-labelledby="contribution-title" class="dashboard-section">
      <h2 id={CONTRIBUTION_ANCHOR} tabIndex={-1} ref={heading}>
        {text.title}
      </h2>
      <p>{text.explanation}</p>
      <ContributionDeadline terms={terms} />
      <form class="app-form" onSubmit={download} noValidate>
        <div class="field">
          <label for="contribution-name">{strings.newCycle.nameLabel}</label>
          <FieldError id="contribution-name-error" message={nameError} />
          <input
            id="contribution-name"
            type="text"
            autoComplete="name"
            value={name}
            disabled={anonymous}
            onInput={(event) => setName(event.currentTarget.value)}
            {...invalidProps('contribution-name-error', nameError)}
          />
        </div>
        <div class="field">
          <label for="contribution-role">{text.roleLabel}</label>
          <select
            id="contribution-role"
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as ParticipantRole)}
          >
            {terms.roles.map((r) => (
              <option key={r} value={r}>
                {strings.participants.roles[r]}
              </option>
            ))}
          </select>
        </div>
        {terms.anonymousAllowed && (
          <div class="field">
            <label class="checkbox">
              <input
                type="checkbox"
                checked={anonymous}
                aria-describedby="contribution-anonymous-hint"
                onChange={(event) => setAnonymous(event.currentTarget.checked)}
              />
              {text.anonymousLabel}
            </label>
            <p class="field__hint" id="contribution-anonymous-hint">
              {text.anonymousHint}
            </p>
            {anonymous && (
              <p class="notice" role="status">
                {text.anonymityLimit}
                {terms.participant && ` ${text.anonymityPersonal}`}
              </p>
            )}
          </div>
        )}
        <ProtectWithPassphrase
          id="contribution"
          label={text.protect}
          hint={text.protectHint}
          protect={protect}
          passphrase={passphrase}
          problem={problem}
          onProtect={(checked) => {
            setProtect(checked);
            setProblem(undefined);
          }}
          onPassphrase={setPassphrase}
        />
        <p>
          <TaskButton submit buttonRef={button} class="button-primary" busy={task.state.status === 'busy'}>
            {text.download}
          </TaskButton>
        </p>
      </form>
      <TaskOutcome state={task.state} busy={text.busy} />
      {review.panel}
    </section>
  );
}
