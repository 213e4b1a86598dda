import type { RefObject } from 'preact';
import type { ImportPlan, PlanEntry } from '../../domain/contribution/import-plan';
import type { MatchChoice as MatchChoiceValue } from '../../domain/contribution/import-records';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import * as strings from '../strings';
import { contributorOf, describeChanges, describeSkipped } from './import-messages';

const text = strings.contributions;
type Replacement = Extract<PlanEntry, { kind: 'replacement' }>;
type Match = Extract<PlanEntry, { kind: 'match' }>;

/** An open contribution that may be someone on the list: "Is dit …?", someone new, or not now. */
function MatchChoice({
  entry,
  choice,
  onChange,
}: {
  entry: Match;
  choice: MatchChoiceValue | undefined;
  onChange: (choice: MatchChoiceValue | undefined) => void;
}) {
  const name = `match-${entry.file.contributor.key}`;
  const roles = strings.participants.roles;
  const option = (value: MatchChoiceValue | undefined, label: string) => (
    <label class="checkbox" key={value ?? 'later'}>
      <input type="radio" name={name} checked={choice === value} onChange={() => onChange(value)} />
      {label}
    </label>
  );
  return (
    <li>
      <fieldset class="field">
        <legend>
          {text.matchLegend(
            contributorOf(entry.file),
            roles[entry.file.contributor.role],
            entry.fileName,
            entry.candidates.length === 1 && entry.candidates[0]
              ? text.isThisQuestion(entry.candidates[0].name, roles[entry.candidates[0].role])
              : text.whoIsIt,
          )}
        </legend>
        {entry.candidates.map((candidate) =>
          option(candidate.id, text.isThis(candidate.name, roles[candidate.role])),
        )}
        {option('new', text.someoneNew)}
        {option(undefined, text.notNow)}
      </fieldset>
    </li>
  );
}

/** One earlier contribution that a new file would replace: what changes, and the box that confirms it. */
function ReplacementChoice({
  entry,
  framework,
  checked,
  onChange,
}: {
  entry: Replacement;
  framework: FrameworkSummary;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = `replace-${entry.file.contributor.key}`;
  return (
    <li>
      <fieldset class="field">
        <legend>{text.replacementLegend(entry.participant.name, entry.fileName)}</legend>
        {entry.older && <p class="notice">{text.olderWarning}</p>}
        <ul class="changes">
          {describeChanges(entry.changes, framework).map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
        <label class="checkbox" for={id}>
          <input
            id={id}
            type="checkbox"
            checked={checked}
            onChange={(e) => onChange(e.currentTarget.checked)}
          />
          {text.confirmReplace(entry.participant.name)}
        </label>
      </fieldset>
    </li>
  );
}

/**
 * What importing the chosen files would do: new contributors, new versions of contributions read in before
 * (each with its changes, replaced only when ticked), and the files that will not go in, each with its reason.
 */
export function ImportPlanReview({
  framework,
  plan,
  confirmed,
  onConfirm,
  matches,
  onMatch,
  heading,
  busy,
  onImport,
  onCancel,
}: {
  framework: FrameworkSummary;
  plan: ImportPlan;
  /** Contributor keys of the replacements the coordinator ticked. */
  confirmed: ReadonlySet<string>;
  onConfirm: (confirmed: ReadonlySet<string>) => void;
  /** The coordinator's answers for open contributions that may be someone on the list, by contributor key. */
  matches: ReadonlyMap<string, MatchChoiceValue>;
  onMatch: (matches: ReadonlyMap<string, MatchChoiceValue>) => void;
  /** Receives focus when the review appears. */
  heading: RefObject<HTMLHeadingElement>;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
}) {
  const personal = plan.entries.filter((entry) => entry.kind === 'personal');
  const toMatch = plan.entries.filter((entry): entry is Match => entry.kind === 'match');
  const added = plan.entries.filter((entry) => entry.kind === 'new');
  const replacements = plan.entries.filter((entry): entry is Replacement => entry.kind === 'replacement');
  const skipped = plan.entries.filter(
    (entry) => !['personal', 'match', 'new', 'replacement'].includes(entry.kind),
  );
  const count =
    personal.length +
    added.length +
    toMatch.filter((e) => matches.has(e.file.contributor.key)).length +
    replacements.filter((e) => confirmed.has(e.file.contributor.key)).length;
  const choose = (key: string, choice: MatchChoiceValue | undefined): void => {
    const next = new Map(matches);
    if (choice === undefined) next.delete(key);
    else next.set(key, choice);
    onMatch(next);
  };
  const toggle = (key: string, on: boolean): void => {
    const next = new Set(confirmed);
    if (on) next.add(key);
    else next.delete(key);
    onConfirm(next);
  };

  return (
    <div class="import-plan">
      <h3 ref={heading} tabIndex={-1}>
        {text.planTitle}
      </h3>
      {personal.length > 0 && (
        <>
          <h4>{text.planPersonal(personal.length)}</h4>
          <ul>
            {personal.map((entry) => (
              <li key={entry.fileName}>
                {text.personalEntry(
                  entry.participant.name,
                  strings.participants.roles[entry.file.contributor.role],
                  entry.fileName,
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {toMatch.length > 0 && (
        <>
          <h4>{text.planMatch(toMatch.length)}</h4>
          <ul class="plain-list">
            {toMatch.map((entry) => (
              <MatchChoice
                key={entry.fileName}
                entry={entry}
                choice={matches.get(entry.file.contributor.key)}
                onChange={(choice) => choose(entry.file.contributor.key, choice)}
              />
            ))}
          </ul>
        </>
      )}
      {added.length > 0 && (
        <>
          <h4>{text.planNew(added.length)}</h4>
          <ul>
            {added.map((entry) => (
              <li key={entry.fileName}>
                {text.newEntry(
                  contributorOf(entry.file),
                  strings.participants.roles[entry.file.contributor.role],
                  entry.fileName,
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {replacements.length > 0 && (
        <>
          <h4>{text.planReplacements(replacements.length)}</h4>
          <ul class="plain-list">
            {replacements.map((entry) => (
              <ReplacementChoice
                key={entry.fileName}
                entry={entry}
                framework={framework}
                checked={confirmed.has(entry.file.contributor.key)}
                onChange={(on) => toggle(entry.file.contributor.key, on)}
              />
            ))}
          </ul>
        </>
      )}
      {skipped.length > 0 && (
        <>
          <h4>{text.planSkipped(skipped.length)}</h4>
          <ul>
            {skipped.map((entry, index) => (
              <li key={index}>{describeSkipped(entry)}</li>
            ))}
          </ul>
        </>
      )}
      <p class="button-row">
        {count > 0 ? (
          <button type="button" class="button-primary" disabled={busy} onClick={onImport}>
            {text.importButton(count)}
          </button>
        ) : (
          <span>{text.nothingToImport}</span>
        )}
        <button type="button" onClick={onCancel}>
          {text.cancel}
        </button>
      </p>
    </div>
  );
}
