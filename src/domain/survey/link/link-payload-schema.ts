import { Inflate } from 'fflate';
import * as z from 'zod/mini';
import { lazySchema } from '../../lazy-schema';
import { KeySchema, SlugSchema } from '../../framework/content-id';
import { CalendarDateSchema, RecordIdSchema } from '../../record-schema';
import { PictogramSchema } from '../answer-scale-schema';
import { RespondentGroupSchema } from '../respondent-group-schema';
import { fromBase64Url } from './base64url';
import { LINK_DICTIONARY_V1 } from './link-dictionary';
import {
  LINK_FORMAT,
  LINK_FORMAT_VERSION,
  LinkPayloadError,
  MAX_FRAGMENT_LENGTH,
  type LinkPayload,
} from './link-payload';

// The reading side of a link: its schema and decoder. Only the respondent's page reads a link; the
// coordinator's page that makes one does not load zod.

/** Most bytes a fragment may unpack to, so a crafted one cannot fill the respondent's memory. */
const MAX_PAYLOAD_BYTES = 64 * 1024;

/** Longest text of any one field: a statement, an answer's words, the introduction. */
const MAX_LINK_TEXT = 2000;

const LinkText = lazySchema(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_LINK_TEXT)));

/** An answer's words and, on an easy-read scale, its pictogram. */
const Answer = lazySchema(() => z.union([z.tuple([LinkText]), z.tuple([LinkText, PictogramSchema])]));

/**
 * The questionnaire a link carries, in short keys (every character counts in a QR code); the contract is
 * README.md beside this file. Read leniently: unknown keys are ignored, the centre's name may be missing.
 */
export const LinkPayloadSchema = lazySchema(() =>
  z.object({
    f: z.literal(LINK_FORMAT),
    v: z.number().check(z.int(), z.gte(1)),
    /** The bevraging's id: every answer file names it. */
    id: RecordIdSchema,
    /** The respondent group, which says whose words (and pictograms) are used. */
    g: RespondentGroupSchema,
    /** The centre's name, when its profile has one. */
    c: z.optional(z.string().check(z.trim(), z.maxLength(300))),
    /** The introduction the respondent reads first. */
    i: LinkText,
    /** Written for young readers: 1, or absent. */
    r: z.optional(z.literal(1)),
    /** The statements asked, in order: `[id, words]`. */
    s: z
      .array(z.tuple([z.string().check(z.minLength(1), z.maxLength(64)), LinkText]))
      .check(z.minLength(1), z.maxLength(40)),
    /** The scale, lowest first: `[id, words, pictogram?]`. */
    a: z
      .array(z.tuple([KeySchema, LinkText, z.optional(PictogramSchema)]))
      .check(z.minLength(2), z.maxLength(7)),
    /** "Weet ik niet": `[words, pictogram?]`. */
    n: Answer,
    /** The open questions: `[id, question]`. */
    o: z.array(z.tuple([SlugSchema, LinkText])).check(z.maxLength(5)),
    /** The last day answers are taken. */
    e: CalendarDateSchema,
  }),
);

/** Unpacks deflated bytes, refusing to grow past `MAX_PAYLOAD_BYTES`. */
function inflateLimited(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate({ dictionary: LINK_DICTIONARY_V1 }, (chunk) => {
    size += chunk.length;
    if (size > MAX_PAYLOAD_BYTES) throw new LinkPayloadError('tooLarge');
    chunks.push(chunk);
  });
  try {
    // In slices: fflate unpacks each slice whole before handing it on, and a crafted kilobyte can unpack to a
    // megabyte. A slice of 256 bytes unpacks to about 256 KB at most, so the limit stops a bomb early.
    for (let at = 0; at < bytes.length || at === 0; at += 256) {
      inflate.push(bytes.subarray(at, at + 256), at + 256 >= bytes.length);
    }
  } catch (error) {
    if (error instanceof LinkPayloadError) throw error;
    throw new LinkPayloadError('broken');
  }
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

/**
 * Reads a link's fragment (with or without its `#`): base64url → inflate → UTF-8 → JSON → format and version →
 * the schema. Throws LinkPayloadError at the first step that fails; its texts are only ever shown as text.
 */
export function decodeLinkPayload(fragment: string): LinkPayload {
  const text = fragment.replace(/^#/, '').trim();
  if (text === '') throw new LinkPayloadError('empty');
  if (text.length > MAX_FRAGMENT_LENGTH) throw new LinkPayloadError('tooLarge');
  const bytes = fromBase64Url(text);
  if (!bytes) throw new LinkPayloadError('broken');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflateLimited(bytes)));
  } catch (error) {
    if (error instanceof LinkPayloadError) throw error;
    throw new LinkPayloadError('broken');
  }
  const header = (typeof json === 'object' && json !== null ? json : {}) as { f?: unknown; v?: unknown };
  if (header.f === LINK_FORMAT && typeof header.v === 'number' && header.v > LINK_FORMAT_VERSION) {
    throw new LinkPayloadError('newerVersion');
  }
  const parsed = LinkPayloadSchema.safeParse(json);
  if (!parsed.success) throw new LinkPayloadError('broken');
  return parsed.data;
}
