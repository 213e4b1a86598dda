import type * as z from 'zod/mini';
import type { ActionStatusSchema, ProgressEntrySchema, ActionSchema } from './action-schema';

/** Where an action stands: gepland, lopend, afgerond, uitgesteld, geschrapt. */
export const ACTION_STATUSES = ['planned', 'ongoing', 'done', 'postponed', 'dropped'] as const;

export type ActionStatus = z.output<typeof ActionStatusSchema>;

/** One entry in an action's progress log. */
export type ProgressEntry = z.output<typeof ProgressEntrySchema>;

/** An action in the ontwikkelplan. */
export type Action = z.output<typeof ActionSchema>;
