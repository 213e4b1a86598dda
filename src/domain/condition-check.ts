import type * as z from 'zod/mini';
import type { ConditionStatusSchema, ConditionCheckSchema } from './condition-check-schema';

/** Where the centre stands on one of the decree's conditions: in orde, deels, niet in orde, niet van toepassing. */
export const CONDITION_STATUSES = [
  'notAssessed',
  'inOrder',
  'partly',
  'notInOrder',
  'notApplicable',
] as const;

export type ConditionStatus = z.output<typeof ConditionStatusSchema>;

/** The team's check of one operating condition (content/operating-conditions.yaml) in a cycle. */
export type ConditionCheck = z.output<typeof ConditionCheckSchema>;
