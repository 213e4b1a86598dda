import { z } from 'zod';
import { ExpectationCodeSchema } from './framework/expectation-code';
import {
  CalendarDateSchema,
  FreeTextSchema,
  LabelSchema,
  RecordIdSchema,
  RecordMetaSchema,
  newRecordMeta,
  newRecordId,
} from './record';

/** Where an action stands: gepland, lopend, afgerond, uitgesteld, geschrapt. */
export const ACTION_STATUSES = ['planned', 'ongoing', 'done', 'postponed', 'dropped'] as const;
export const ActionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.output<typeof ActionStatusSchema>;

/** One entry in an action's progress log. */
export const ProgressEntrySchema = z.object({
  /** Stable id of the entry. */
  id: RecordIdSchema,
  /** The day it refers to. */
  date: CalendarDateSchema,
  /** What happened. */
  note: FreeTextSchema,
});
export type ProgressEntry = z.output<typeof ProgressEntrySchema>;

/** An action in the ontwikkelplan. */
export const ActionSchema = RecordMetaSchema.extend({
  /** The cycle whose plan it belongs to. */
  cycleId: RecordIdSchema,
  /** Short title. */
  title: LabelSchema,
  /** The expectations it works on. */
  expectationCodes: z.array(ExpectationCodeSchema).default([]),
  /** What it aims to change. */
  goal: FreeTextSchema.default(''),
  /** How the team will know it worked. */
  successIndicator: FreeTextSchema.default(''),
  /** Who carries it. */
  owner: z.string().max(300).default(''),
  /** When it starts. */
  startDate: CalendarDateSchema.optional(),
  /** When it should be done. */
  dueDate: CalendarDateSchema.optional(),
  /** Where it stands. */
  status: ActionStatusSchema.default('planned'),
  /** What happened along the way, oldest first. */
  progressLog: z.array(ProgressEntrySchema).default([]),
  /** The team's evaluation once it ends. */
  evaluation: FreeTextSchema.default(''),
  /** The action it continues, when carried over from an earlier cycle. */
  carriedOverFromId: RecordIdSchema.optional(),
});
export type Action = z.output<typeof ActionSchema>;

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
