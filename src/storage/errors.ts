import type * as z from 'zod/mini';

/** The browser refused to store more: the disk or the site's quota is full. Nothing was written. */
export class StorageFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('storage quota exceeded', options);
    this.name = 'StorageFullError';
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

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Dexie wraps the DOMException; look through `inner` and `cause` for the browser's own name.
  const inner = (error as { inner?: unknown }).inner ?? error.cause;
  return (
    error.name === 'QuotaExceededError' || (inner !== undefined && inner !== error && isQuotaError(inner))
  );
}

/** Runs a write and turns the browser's quota errors into a StorageFullError. */
export async function withStorageErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
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

/** A rating under a participant this device's user did not choose to be. Nothing was written. */
export class NotSelfError extends Error {
  constructor(readonly participantId: string | undefined) {
    super(`participant ${participantId ?? '(none)'} is not the user of this device`);
    this.name = 'NotSelfError';
  }
}
