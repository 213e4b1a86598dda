import type * as z from 'zod/mini';
import type { SettingsSchema } from './settings-schema';

/** The settings record's fixed key: there is exactly one per database. */
export const SETTINGS_ID = 'device';

/** The answers a browser can give to a request for persistent storage, and `unknown` before one was asked. */
export const PERSISTENCE_ANSWERS = ['unknown', 'granted', 'denied', 'unsupported'] as const;

/** What this browser knows about its user and its storage; its schema is in settings-schema.ts. */
export type Settings = z.output<typeof SettingsSchema>;

/**
 * Settings as on a fresh device: the schema's defaults, written out because every page reads the settings at
 * start and zod is not loaded until something is checked (a test keeps the two equal).
 */
export function createSettings(now: Date = new Date()): Settings {
  return { id: SETTINGS_ID, updatedAt: now.toISOString(), selfParticipantIds: {}, persistence: 'unknown' };
}
