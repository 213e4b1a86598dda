import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { RecordIdSchema, TimestampSchema } from './record';

/** The settings record's fixed key: there is exactly one per database. */
export const SETTINGS_ID = 'device';

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
    persistence: z._default(z.enum(['unknown', 'granted', 'denied', 'unsupported']), 'unknown'),
    /** When the user last made a backup, to remind them when it has been long. */
    lastBackupAt: z.optional(TimestampSchema),
  }),
);
export type Settings = z.output<typeof SettingsSchema>;

/** Settings as on a fresh device. */
export function createSettings(now: Date = new Date()): Settings {
  return SettingsSchema.parse({ id: SETTINGS_ID, updatedAt: now.toISOString() });
}
