import * as z from 'zod/mini';
import packageJson from '../../../package.json' with { type: 'json' };
import type { TeamFileFormatId } from './format-ids';

/** The fields every team file starts with: what it is, its layout version, and the app that wrote it. */
export function headerShape<F extends TeamFileFormatId>(format: F) {
  return {
    /** What the file is: `leersteunspiegel-uitnodiging` or `leersteunspiegel-bijdrage`. */
    format: z.literal(format),
    /** Layout version; a reader refuses one newer than it knows. */
    formatVersion: z.number().check(z.int(), z.gte(1)),
    /** Version of Leersteunspiegel that wrote it, for support questions. */
    appVersion: z._default(z.string().check(z.maxLength(50)), ''),
  };
}

/** The header values for a file this version of the app writes. */
export function newHeader<F extends TeamFileFormatId>(format: F, formatVersion: number) {
  return { format, formatVersion, appVersion: packageJson.version };
}
