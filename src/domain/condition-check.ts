import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { FreeTextSchema, RecordIdSchema, RecordMetaSchema, newRecordMeta } from './record';

/** Where the centre stands on one of the decree's conditions: in orde, deels, niet in orde, niet van toepassing. */
export const CONDITION_STATUSES = [
  'notAssessed',
  'inOrder',
  'partly',
  'notInOrder',
  'notApplicable',
] as const;
export const ConditionStatusSchema = lazySchema(() => z.enum(CONDITION_STATUSES));
export type ConditionStatus = z.output<typeof ConditionStatusSchema>;

/** The team's check of one operating condition (content/operating-conditions.yaml) in a cycle. */
export const ConditionCheckSchema = lazySchema(() =>
  z.extend(RecordMetaSchema, {
    /** The cycle whose report it belongs to. */
    cycleId: RecordIdSchema,
    /** Id of the condition in content/operating-conditions.yaml. */
    conditionId: z.string().check(z.minLength(1), z.maxLength(100)),
    /** Where the centre stands on it. */
    status: z._default(ConditionStatusSchema, 'notAssessed'),
    /** Why, or what is still missing. */
    note: z._default(FreeTextSchema, ''),
    /** Evidence of the cycle that shows it. */
    evidenceIds: z._default(z.array(RecordIdSchema), []),
  }),
);
export type ConditionCheck = z.output<typeof ConditionCheckSchema>;

/** A new, not yet assessed check of one condition in a cycle. */
export function createConditionCheck(
  input: Pick<ConditionCheck, 'cycleId' | 'conditionId'> &
    Partial<Pick<ConditionCheck, 'status' | 'note' | 'evidenceIds'>>,
  now?: Date,
): ConditionCheck {
  return ConditionCheckSchema.parse({ ...newRecordMeta(now), ...input });
}
