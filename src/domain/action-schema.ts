import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { ExpectationCodeSchema } from './framework/expectation-code-schema';
import {
  CalendarDateSchema,
  FreeTextSchema,
  LabelSchema,
  RecordIdSchema,
  RecordMetaSchema,
} from './record-schema';
import { ACTION_STATUSES } from './action';
import type { Action, ProgressEntry } from './action';
import { newRecordId, newRecordMeta } from './record';

export const ActionStatusSchema = lazySchema(() => z.enum(ACTION_STATUSES));

/** One entry in an action's progress log. */
export const ProgressEntrySchema = lazySchema(() =>
  z.object({
    /** Stable id of the entry. */
    id: RecordIdSchema,
    /** The day it refers to. */
    date: CalendarDateSchema,
    /** What happened. */
    note: FreeTextSchema,
  }),
);

/** An action in the ontwikkelplan. */
export const ActionSchema = lazySchema(() =>
  z.extend(RecordMetaSchema, {
    /** The cycle whose plan it belongs to. */
    cycleId: RecordIdSchema,
    /** Short title. */
    title: LabelSchema,
    /** The expectations it works on. */
    expectationCodes: z._default(z.array(ExpectationCodeSchema), []),
    /** What it aims to change. */
    goal: z._default(FreeTextSchema, ''),
    /** How the team will know it worked. */
    successIndicator: z._default(FreeTextSchema, ''),
    /** Who carries it. */
    owner: z._default(z.string().check(z.maxLength(300)), ''),
    /** When it starts. */
    startDate: z.optional(CalendarDateSchema),
    /** When it should be done. */
    dueDate: z.optional(CalendarDateSchema),
    /** Where it stands. */
    status: z._default(ActionStatusSchema, 'planned'),
    /** What happened along the way, oldest first. */
    progressLog: z._default(z.array(ProgressEntrySchema), []),
    /** The team's evaluation once it ends. */
    evaluation: z._default(FreeTextSchema, ''),
    /** The action it continues, when carried over from an earlier cycle. */
    carriedOverFromId: z.optional(RecordIdSchema),
    /** Its continuation in next school year's cycle, once carried over there; then it no longer asks for work here. */
    carriedOverToId: z.optional(RecordIdSchema),
  }),
);

/** A new planned action. */
export function createAction(
  input: Pick<Action, 'cycleId' | 'title'> & Partial<Omit<Action, 'id' | 'createdAt' | 'updatedAt'>>,
  now?: Date,
): Action {
  return ActionSchema.parse({ ...newRecordMeta(now), ...input });
}

/** A new progress log entry. */
export function createProgressEntry(date: string, note: string): ProgressEntry {
  return ProgressEntrySchema.parse({ id: newRecordId(), date, note });
}
