import { useEffect, useRef, useState } from 'preact/hooks';
import type { MatchChoice } from '../../domain/contribution/import-records';
import { planContributionImport, type ReadContribution } from '../../domain/contribution/import-plan';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import type { CycleData } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { writeContributionImport } from '../../storage/contribution-store';
import { askPersistenceOnFirstSave } from '../data/save';
import { FileDropZone } from '../file-drop-zone';
import { TaskOutcome, useTask } from '../run-task';
import * as strings from '../strings';
import { describeSkipped } from './import-messages';
import { ImportPlanReview } from './ImportPlanReview';
import type { LockedContribution, ReadBatch } from './read-contribution-files';
import { loadContributionReader } from './team-file-modules';
import { UnlockContributions } from './UnlockContributions';

const text = strings.contributions;

type Stage =
  | { step: 'choose' }
  | { step: 'reading'; read: number; total: number; decrypting: boolean }
  /** Encrypted files wait for their passphrase; `read` holds the others, read already. */
  | { step: 'unlock'; read: ReadContribution[]; locked: LockedContribution[]; round: number }
  | { step: 'review'; files: ReadContribution[] }
  | { step: 'done'; lines: string[] };

/**
 * Reads many contribution files at once — chosen or dropped, encrypted ones once the coordinator gives the
 * passphrase — shows what importing them would do, and imports the accepted ones in one transaction once
 * the coordinator confirms.
 */
export function ContributionImport({ framework, data }: { framework: FrameworkSummary; data: CycleData }) {
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [matches, setMatches] = useState<ReadonlyMap<string, MatchChoice>>(new Map());
  const focusTarget = useRef<HTMLHeadingElement>(null);
  const reading = useTask();
  const writing = useTask();

  useEffect(() => {
    if (stage.step === 'review' || stage.step === 'done' || stage.step === 'unlock') {
      focusTarget.current?.focus();
    }
  }, [stage.step]);

  /** Goes on with what is read: to the passphrase while files are locked, else to the review. */
  const next = (earlier: readonly ReadContribution[], batch: ReadBatch, round: number): Stage =>
    batch.locked.length > 0
      ? { step: 'unlock', read: [...earlier, ...batch.read], locked: batch.locked, round }
      : { step: 'review', files: [...earlier, ...batch.read] };

  const read = (chosen: readonly File[]): Promise<void> =>
    reading.run(async () => {
      if (chosen.length === 0) return [];
      setConfirmed(new Set());
      setMatches(new Map());
      writing.reset();
      const progress = (count: number) =>
        setStage({ step: 'reading', read: count, total: chosen.length, decrypting: false });
      progress(0);
      try {
        const { readContributionFiles } = await loadContributionReader();
        setStage(next([], await readContributionFiles(chosen, progress), 0));
      } catch (error) {
        setStage({ step: 'choose' });
        throw error;
      }
      return [];
    });

  const unlock = (
    { read, locked, round }: Extract<Stage, { step: 'unlock' }>,
    passphraseOf: (file: LockedContribution) => string,
  ): Promise<void> =>
    reading.run(async () => {
      const progress = (count: number) =>
        setStage({ step: 'reading', read: count, total: locked.length, decrypting: true });
      progress(0);
      try {
        const { unlockContributions } = await loadContributionReader();
        setStage(next(read, await unlockContributions(locked, passphraseOf, progress), round + 1));
      } catch (error) {
        setStage({ step: 'choose' });
        throw error;
      }
      return [];
    });

  // Planned against the cycle as it is now: an import in another tab meanwhile is taken into account.
  const plan =
    stage.step === 'review'
      ? planContributionImport(data.cycle, data.participants, data.assessments, stage.files)
      : undefined;

  const importPlanned = (): Promise<void> =>
    writing.run(async () => {
      if (!plan) return [];
      // Building the records parses them with their schemas: zod loads on the first import, not with the page.
      const { buildImport } = await import('../../domain/contribution/import-records');
      const outcome = buildImport(
        plan,
        data.cycle,
        data.participants,
        data.assessments,
        confirmed,
        text.alias,
        new Date(),
        matches,
      );
      await writeContributionImport(getDatabase(), data.cycle.id, outcome.records);
      askPersistenceOnFirstSave();
      setStage({
        step: 'done',
        lines: [
          text.summary(
            outcome.landed.length,
            outcome.added.length,
            outcome.replaced.length,
            outcome.skipped.length,
          ),
          ...outcome.skipped.map(describeSkipped),
        ],
      });
      return [];
    });

  return (
    <section aria-labelledby="import-title" class="dashboard-section">
      <h2 id="import-title">{text.importTitle}</h2>
      {stage.step === 'done' && (
        <div role="status" class="outcome outcome--done">
          <h3 ref={focusTarget} tabIndex={-1}>
            {text.summaryTitle}
          </h3>
          <p>{stage.lines[0]}</p>
          {stage.lines.length > 1 && (
            <ul>
              {stage.lines.slice(1).map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {(stage.step === 'choose' || stage.step === 'done') && (
        <FileDropZone
          id="contribution-files"
          label={text.filesLabel}
          hint={text.dropHint}
          accept=".json,.enc,application/json"
          onFiles={(files) => void read(files)}
        />
      )}
      {stage.step === 'reading' && (
        <p>
          <label for="contribution-progress">
            {stage.decrypting
              ? strings.contributionUnlock.progress(stage.read, stage.total)
              : text.progress(stage.read, stage.total)}
          </label>{' '}
          <progress id="contribution-progress" max={stage.total} value={stage.read} />
        </p>
      )}
      {stage.step === 'unlock' && (
        <UnlockContributions
          key={stage.round}
          locked={stage.locked}
          heading={focusTarget}
          onUnlock={(passphraseOf) => void unlock(stage, passphraseOf)}
          onSkip={() =>
            // Loaded already: the locked files were read with it.
            void loadContributionReader().then(({ leaveLockedOut }) =>
              setStage({ step: 'review', files: [...stage.read, ...leaveLockedOut(stage.locked)] }),
            )
          }
        />
      )}
      {plan && (
        <ImportPlanReview
          framework={framework}
          plan={plan}
          confirmed={confirmed}
          onConfirm={setConfirmed}
          matches={matches}
          onMatch={setMatches}
          heading={focusTarget}
          busy={writing.state.status === 'busy'}
          onImport={() => void importPlanned()}
          onCancel={() => setStage({ step: 'choose' })}
        />
      )}
      {/* Success is the summary above; only a failure or the wait is shown here. */}
      {writing.state.status !== 'done' && <TaskOutcome state={writing.state} busy={text.writing} />}
      {reading.state.status === 'failed' && <TaskOutcome state={reading.state} busy={text.writing} />}
    </section>
  );
}
