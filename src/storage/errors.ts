import type * as z from 'zod/mini';

/** The browser refused to store more: the disk or the site's quota is full. Nothing was written. */
export class StorageFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('storage quota exceeded', options);
    this.name = 'StorageFullError';
  }
}

/**
 * The browser refused to store data for another reason than a full disk; WebKit does so in a private window
 * ("UnknownError: Error preparing Blob/File data to be stored in object store"). Nothing was written.
 */
export class StorageRefusedError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the browser refused to store the data', options);
    this.name = 'StorageRefusedError';
  }
}

/** The automatic backup of the current data could not be stored, so nothing was restored yet. */
export class SnapshotRefusedError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the automatic backup before the restore could not be stored', options);
    this.name = 'SnapshotRefusedError';
  }
}

/** A record did not satisfy its schema, so it was not written. */
export class InvalidRecordError extends Error {
  constructor(
    readonly table: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(
      `invalid ${table} record: ${issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
    this.name = 'InvalidRecordError';
  }
}

/** Whether the error, or one it wraps, carries one of the given names (the browser's, or one of ours). */
export function hasErrorName(error: unknown, names: readonly string[]): boolean {
  if (!(error instanceof Error)) return false;
  // Dexie wraps the DOMException; look through `inner` and `cause` for the browser's own name.
  const inner = (error as { inner?: unknown }).inner ?? error.cause;
  return names.includes(error.name) || (inner !== undefined && inner !== error && hasErrorName(inner, names));
}

/** The browser's own words for what went wrong: the message of the innermost error wrapped. */
export function browserMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const inner = (error as { inner?: unknown }).inner ?? error.cause;
  return inner !== undefined && inner !== error ? browserMessage(inner) : `${error.name}: ${error.message}`;
}

/**
 * Runs a write and turns the browser's refusals into errors the interface can explain: a quota error into
 * StorageFullError, an unknown or clone error (a private window) into StorageRefusedError.
 */
export async function withStorageErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (hasErrorName(error, ['QuotaExceededError'])) throw new StorageFullError({ cause: error });
    if (hasErrorName(error, ['UnknownError', 'DataCloneError']))
      throw new StorageRefusedError({ cause: error });
    throw error;
  }
}

/** A change to a closed cycle: it is a record until someone reopens it. Nothing was written. */
export class ClosedCycleError extends Error {
  constructor(readonly cycleId: string) {
    super(`cycle ${cycleId} is closed`);
    this.name = 'ClosedCycleError';
  }
}

/** A rating or journal note under a participant this device's user did not choose to be. Nothing was written. */
export class NotSelfError extends Error {
  constructor(readonly participantId: string | undefined) {
    super(`participant ${participantId ?? '(none)'} is not the user of this device`);
    this.name = 'NotSelfError';
  }
}

/** A change to what a bevraging asks after it got answers: those answers would mean something else. */
export class SurveyFrozenError extends Error {
  constructor(readonly surveyId: string) {
    super(`survey ${surveyId} has answers; its statements are frozen`);
    this.name = 'SurveyFrozenError';
  }
}

/** A change to an answer that was not typed in from paper: only a paper form's typing can be fixed. */
export class NotPaperResponseError extends Error {
  constructor(readonly responseId: string) {
    super(`answer ${responseId} was not typed in from paper`);
    this.name = 'NotPaperResponseError';
  }
}

/** Answers already stored, offered again (an answer file read twice). Nothing of the batch was written. */
export class SurveyResponseKnownError extends Error {
  constructor(readonly responseIds: readonly string[]) {
    super(`answers ${responseIds.join(', ')} are already stored`);
    this.name = 'SurveyResponseKnownError';
  }
}

/** An answer to a bevraging that no longer takes answers (closed, period over, or deleted). Nothing was written. */
export class SurveyFinishedError extends Error {
  constructor(readonly surveyId: string) {
    super(`survey ${surveyId} takes no more answers`);
    this.name = 'SurveyFinishedError';
  }
}

/** A spreadsheet whose answers are already stored (the same file read twice). Nothing of it was written again. */
export class SpreadsheetKnownError extends Error {
  constructor(readonly sourceFile: string) {
    super(`the answers of spreadsheet ${sourceFile} are already stored`);
    this.name = 'SpreadsheetKnownError';
  }
}
