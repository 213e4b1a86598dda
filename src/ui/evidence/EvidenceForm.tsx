import { useEffect, useState } from 'preact/hooks';
import { type AttachmentSummary } from '../../domain/attachment';
import { createAttachment } from '../../domain/attachment-schema';
import type { Evidence } from '../../domain/evidence';
import { EVIDENCE_KINDS, VOICES, type Voice } from '../../domain/evidence-vocabulary';
import type { Expectation } from '../../domain/framework/expectation';
import { getDatabase } from '../../storage/database';
import { saveEvidence } from '../../storage/evidence-store';
import { ExpectationChecklist } from '../cycles/ExpectationChecklist';
import { askPersistenceOnFirstSave } from '../data/save';
import { ErrorSummary, FieldError } from '../error-summary';
import { FormFooter } from '../form-footer';
import { useDraft } from '../hooks/use-draft';
import { useFocusRequest } from '../hooks/use-focus-request';
import { useUnsavedForm } from '../hooks/use-unsaved-form';
import { useTask } from '../run-task';
import * as strings from '../strings';
import { AttachmentPicker, type FileChoice } from './AttachmentPicker';
import {
  chosenFilesKey,
  evidenceDraftKey,
  type DraftErrors,
  type DraftField,
  type EvidenceDraft,
} from './evidence-draft';
import { errorsOf, evidenceFromDraft } from './evidence-from-draft';

const ID = 'evidence-form';
const fieldId = (field: DraftField): string => `${ID}-${field}`;
const errorId = (field: DraftField): string => `${ID}-${field}-error`;

// The heading takes focus when the form opens.
const EVIDENCE_FORM_HEADING_ID = `${ID}-heading`;

/**
 * Adds or edits one piece of evidence with its files. Saved as a whole with "Bewaren" — a half-made source
 * should not appear in the library — and validated first, with each problem at its field and in a summary.
 * What is typed is kept as a draft until saved or discarded; "Annuleren" asks first when there is any.
 */
export function EvidenceForm({
  cycleId,
  expectations,
  initial,
  existing,
  storedAttachments,
  heading: Heading,
  onSaved,
  onCancel,
}: {
  cycleId: string;
  /** The expectations the evidence can be linked to: the cycle's scope, in reading order. */
  expectations: readonly Expectation[];
  initial: EvidenceDraft;
  /** The evidence being edited; undefined for new evidence. */
  existing: Evidence | undefined;
  storedAttachments: readonly AttachmentSummary[];
  /** The heading level that fits where the form is shown. */
  heading: 'h2' | 'h3';
  onSaved: (evidence: Evidence) => void;
  onCancel: () => void;
}) {
  const text = strings.evidenceForm;
  const kept = useDraft(evidenceDraftKey(cycleId, existing), initial);
  const draft = kept.value;
  const [files, setFiles] = useState<FileChoice>({ removedIds: [], pending: [] });
  const chosenNames = useDraft<string[]>(chosenFilesKey(cycleId, existing), []);
  // Names kept from an earlier visit whose files are gone: said once, until files are chosen again.
  const toChooseAgain = files.pending.length === 0 ? chosenNames.value : [];
  const [errors, setErrors] = useState<DraftErrors>({});
  const saving = useTask();
  // Chosen files are not kept in a draft (only their names): leaving would lose them.
  const filesChanged = files.pending.length > 0 || files.removedIds.length > 0;
  useUnsavedForm(filesChanged);
  const focus = useFocusRequest();

  useEffect(() => focus(EVIDENCE_FORM_HEADING_ID), []);

  const update = (change: Partial<EvidenceDraft>): void => kept.set({ ...draft, ...change });
  const chooseFiles = (choice: FileChoice): void => {
    setFiles(choice);
    chosenNames.set(choice.pending.map((file) => file.name));
  };
  const discard = (): void => {
    kept.clear();
    chosenNames.clear();
    onCancel();
  };
  const toggleVoice = (voice: Voice, on: boolean): void => {
    const voices = on ? [...draft.voices, voice] : draft.voices.filter((v) => v !== voice);
    update({ voices: VOICES.filter((v) => voices.includes(v)) });
  };
  const inScope = expectations.map((expectation) => expectation.code);

  const submit = (event: Event): void => {
    event.preventDefault();
    const found = errorsOf(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focus(`${ID}-errors`);
      return;
    }
    void saving.run(async () => {
      const evidence = evidenceFromDraft(draft, cycleId, existing);
      const added = await Promise.all(
        files.pending.map(async (file) =>
          createAttachment({
            evidenceId: evidence.id,
            name: file.name,
            bytes: new Uint8Array(await file.blob.arrayBuffer()),
            type: file.blob.type,
          }),
        ),
      );
      const saved = await saveEvidence(getDatabase(), evidence, added, files.removedIds);
      askPersistenceOnFirstSave();
      kept.clear();
      chosenNames.clear();
      onSaved(saved);
      return [];
    });
  };

  /** The accessibility attributes of a field that may be wrong: its hint, and its error when it has one. */
  const validity = (field: DraftField) => ({
    'aria-invalid': errors[field] ? ('true' as const) : undefined,
    'aria-describedby': [`${fieldId(field)}-hint`, errors[field] ? errorId(field) : '']
      .filter(Boolean)
      .join(' '),
  });

  return (
    <form
      class="app-form evidence-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={EVIDENCE_FORM_HEADING_ID}
    >
      <Heading id={EVIDENCE_FORM_HEADING_ID} tabIndex={-1}>
        {existing ? text.editTitle : text.newTitle}
      </Heading>
      <ErrorSummary
        id={`${ID}-errors`}
        title={text.errorSummary}
        problems={(Object.entries(errors) as [DraftField, string][]).map(([field, message]) => ({
          fieldId: fieldId(field),
          message,
        }))}
      />

      <div class="field">
        <label for={fieldId('title')}>{text.title}</label>
        <p class="field__hint" id={`${fieldId('title')}-hint`}>
          {text.titleHint}
        </p>
        <FieldError id={errorId('title')} message={errors.title} />
        <input
          id={fieldId('title')}
          type="text"
          value={draft.title}
          onInput={(event) => update({ title: event.currentTarget.value })}
          aria-required="true"
          {...validity('title')}
        />
      </div>

      <fieldset class="field">
        <legend>{text.kind}</legend>
        <div class="checkbox-row">
          {EVIDENCE_KINDS.map((kind) => (
            <label key={kind} class="radio">
              <input
                type="radio"
                name={`${ID}-kind`}
                value={kind}
                checked={draft.kind === kind}
                onChange={() => update({ kind })}
              />
              {strings.evidenceKinds[kind]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="field" aria-describedby={`${ID}-voices-hint`}>
        <legend>{text.voices}</legend>
        <p class="field__hint" id={`${ID}-voices-hint`}>
          {text.voicesHint}
        </p>
        <div class="checkbox-row">
          {VOICES.map((voice) => (
            <label key={voice} class="checkbox">
              <input
                type="checkbox"
                name={`${ID}-voices`}
                value={voice}
                checked={draft.voices.includes(voice)}
                onChange={(event) => toggleVoice(voice, event.currentTarget.checked)}
              />
              {strings.voices[voice]}
            </label>
          ))}
        </div>
      </fieldset>

      <div class="field">
        <label for={`${ID}-date`}>{text.date}</label>
        <p class="field__hint" id={`${ID}-date-hint`}>
          {text.dateHint}
        </p>
        <input
          id={`${ID}-date`}
          type="date"
          value={draft.date}
          aria-describedby={`${ID}-date-hint`}
          onInput={(event) => update({ date: event.currentTarget.value })}
        />
      </div>

      <div class="field">
        <label for={fieldId('description')}>{text.description}</label>
        <p class="field__hint" id={`${fieldId('description')}-hint`}>
          {text.descriptionHint}
        </p>
        <FieldError id={errorId('description')} message={errors.description} />
        <textarea
          id={fieldId('description')}
          rows={4}
          value={draft.description}
          onInput={(event) => update({ description: event.currentTarget.value })}
          {...validity('description')}
        />
      </div>

      <div class="field">
        <label for={fieldId('link')}>{text.link}</label>
        <p class="field__hint" id={`${fieldId('link')}-hint`}>
          {text.linkHint}
        </p>
        <FieldError id={errorId('link')} message={errors.link} />
        <input
          id={fieldId('link')}
          type="url"
          inputMode="url"
          autoComplete="url"
          value={draft.link}
          onInput={(event) => update({ link: event.currentTarget.value })}
          {...validity('link')}
        />
      </div>

      <ExpectationChecklist
        id={fieldId('expectationCodes')}
        legend={text.expectations}
        expectations={expectations}
        selected={draft.expectationCodes}
        error={<FieldError id={errorId('expectationCodes')} message={errors.expectationCodes} />}
        // Links to expectations since dropped from the cycle's scope are not shown, so keep them as they were.
        onChange={(codes) =>
          update({
            expectationCodes: [...codes, ...draft.expectationCodes.filter((c) => !inScope.includes(c))],
          })
        }
      />

      <AttachmentPicker id={`${ID}-files`} stored={storedAttachments} choice={files} onChange={chooseFiles} />
      {toChooseAgain.length > 0 && (
        <p class="notice" role="status">
          {text.filesToChooseAgain(toChooseAgain)}
        </p>
      )}

      <FormFooter
        formId={ID}
        saving={saving.state}
        changed={kept.changed || filesChanged}
        onDiscard={discard}
        text={text}
      />
    </form>
  );
}
