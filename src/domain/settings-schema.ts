import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { RecordIdSchema, TimestampSchema } from './record-schema';
import { PERSISTENCE_ANSWERS, SETTINGS_ID } from './settings';

/** What this browser knows about its user and its storage. */
export const SettingsSchema = lazySchema(() =>
  z.object({
    /** Always `device`. */
    id: z.literal(SETTINGS_ID),
    /** When the settings were last changed. */
    updatedAt: TimestampSchema,
    /** Per cycle, the participant who uses this device ("wie ben ik"). */
    selfParticipantIds: z._default(z.record(z.string(), RecordIdSchema), {}),
    /** The answer to the last request for persistent storage. */
    persistence: z._default(z.enum(PERSISTENCE_ANSWERS), 'unknown'),
    /** When the user last made a backup, to remind them when it has been long. */
    lastBackupAt: z.optional(TimestampSchema),
  }),
);
