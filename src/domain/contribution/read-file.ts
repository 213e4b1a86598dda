import type * as z from 'zod/mini';
import { TeamFileError, type TeamFileProblem } from './file-error';
import { TEAM_FILE_FORMATS, type TeamFileFormatId } from './format-ids';

/** How to read one versioned JSON format: what it is called, which versions exist, how lenient input is made strict. */
export interface TeamFileFormat<Lenient, Strict> {
  /** The value of the file's `format` field. */
  id: TeamFileFormatId;
  /** The newest `formatVersion` this app reads. */
  version: number;
  /** What is accepted: missing optional fields get defaults, unknown fields are ignored. */
  lenient: z.ZodMiniType<Lenient>;
  /** Turns accepted input into the exact shape the app works with (order, repeats, trimming). */
  restore: (lenient: Lenient) => unknown;
  /** The shape the app works with; what restore returns must satisfy it. */
  strict: z.ZodMiniType<Strict>;
}

/**
 * Turns the bytes of a file into the bytes of its JSON text. The default leaves them as they are; an
 * encrypted envelope plugs in here (decrypt with the passphrase), so every other step stays the same.
 */
export type Unwrap = (bytes: Uint8Array) => Promise<Uint8Array>;

/** Largest file read: a contribution of 17 expectations with long texts stays far below it. */
export const MAX_TEAM_FILE_BYTES = 5 * 1024 * 1024;
const MAX_PROBLEMS = 10;

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeText(bytes: Uint8Array): string {
  try {
    // A BOM from a text editor on Windows is not part of the JSON.
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new TeamFileError('notText');
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new TeamFileError('notJson');
  }
}

function problemsOf(error: z.core.$ZodError): TeamFileProblem[] {
  return error.issues
    .slice(0, MAX_PROBLEMS)
    .map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
}

/** The format and version the JSON says it has; refuses what is not this format or newer than it. */
function checkHeader(json: unknown, format: TeamFileFormat<unknown, unknown>): void {
  const header = (typeof json === 'object' && json !== null ? json : {}) as {
    format?: unknown;
    formatVersion?: unknown;
  };
  if (header.format !== format.id) {
    const other = TEAM_FILE_FORMATS.find((id) => id === header.format);
    if (other) throw new TeamFileError('otherKind', [], other);
    throw new TeamFileError('notOurs');
  }
  if (typeof header.formatVersion === 'number' && header.formatVersion > format.version) {
    throw new TeamFileError('newerVersion');
  }
}

/**
 * Reads a team file: bytes → unwrap (decryption, when it comes) → UTF-8 text → JSON → format and version
 * → lenient validation → restore → strict validation. Throws TeamFileError at the first step that fails;
 * stores nothing.
 */
export async function readTeamFile<Lenient, Strict>(
  bytes: Uint8Array,
  format: TeamFileFormat<Lenient, Strict>,
  unwrap: Unwrap = async (raw) => raw,
): Promise<Strict> {
  if (bytes.length > MAX_TEAM_FILE_BYTES) throw new TeamFileError('tooLarge');
  const json = parseJson(decodeText(await unwrap(bytes)));
  checkHeader(json, format as TeamFileFormat<unknown, unknown>);
  const lenient = format.lenient.safeParse(json);
  if (!lenient.success) throw new TeamFileError('invalid', problemsOf(lenient.error));
  const strict = format.strict.safeParse(format.restore(lenient.data));
  if (!strict.success) throw new TeamFileError('invalid', problemsOf(strict.error));
  return strict.data;
}

/** A team file as the bytes to offer for download: JSON, indented so a curious reader can open it. */
export function serialiseTeamFile(file: object): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
