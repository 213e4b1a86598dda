import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { FreeTextSchema, RecordIdSchema, RecordMetaSchema } from './record-schema';
import { CONDITION_STATUSES } from './condition-check';
import type { ConditionCheck } from './condition-check';
import { newRecordMeta } from './record';

export const ConditionStatusSchema = lazySchema(() => z.enum(CONDITION_STATUSES));

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

/** A new, not yet assessed check of one condition in a cycle. */
export function createConditionCheck(
  input: Pick<ConditionCheck, 'cycleId' | 'conditionId'> &
    Partial<Pick<ConditionCheck, 'status' | 'note' | 'evidenceIds'>>,
  now?: Date,
): ConditionCheck {
  return ConditionCheckSchema.parse({ ...newRecordMeta(now), ...input });
}
