import type { RefObject } from 'preact';
import type { ImportPlan, PlanEntry } from '../../domain/contribution/import-plan';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import * as strings from '../strings';
import { contributorOf, describeChanges, describeSkipped } from './import-messages';

const text = strings.contributions;
type Replacement = Extract<PlanEntry, { kind: 'replacement' }>;

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
  /** Receives focus when the review appears. */
  heading: RefObject<HTMLHeadingElement>;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
}) {
  const added = plan.entries.filter((entry) => entry.kind === 'new');
  const replacements = plan.entries.filter((entry): entry is Replacement => entry.kind === 'replacement');
  const skipped = plan.entries.filter((entry) => entry.kind !== 'new' && entry.kind !== 'replacement');
  const count = added.length + replacements.filter((e) => confirmed.has(e.file.contributor.key)).length;
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
