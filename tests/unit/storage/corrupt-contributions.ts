import fc from 'fast-check';
import type { ContributionFile } from '../../../src/domain/contribution/contribution-file';
import { MAX_TEAM_FILE_BYTES } from '../../../src/domain/contribution/read-file';
import { MAX_TEXT_LENGTH } from '../../../src/domain/record';
import { HOSTILE_LIST, VERY_LONG_TEXT } from '../../shared/hostile-strings';

/** A generated file and what was done to it, for the failure message. */
export type MadeFile = () => Promise<{ kind: string; bytes: Uint8Array }>;

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Fields of a contribution, as paths into its JSON, that a reader must check. */
const FIELDS = [
  ['format'],
  ['formatVersion'],
  ['exportedAt'],
  ['teamCycleId'],
  ['cycle'],
  ['cycle', 'title'],
  ['cycle', 'schoolYear'],
  ['contributor'],
  ['contributor', 'key'],
  ['contributor', 'role'],
  ['contributor', 'anonymous'],
  ['contributor', 'name'],
  ['assessments'],
  ['assessments', 0],
  ['assessments', 0, 'expectationCode'],
  ['assessments', 0, 'rating'],
  ['assessments', 0, 'justification'],
  ['assessments', 0, 'supportLevels'],
  ['assessments', 1, 'goodPractice'],
  ['assessments', 1, 'goodPractice', 'criteria'],
  ['assessments', 1, 'goodPractice', 'criteria', 0, 'met'],
] as const;

/** The free texts a member types, which travel in the file and are shown to the coordinator. */
const TEXT_FIELDS = [
  ['cycle', 'title'],
  ['contributor', 'name'],
  ['assessments', 0, 'justification'],
  ['assessments', 0, 'strengths'],
  ['assessments', 0, 'pointsToDevelop'],
  ['assessments', 1, 'goodPractice', 'description'],
] as const;

type Path = readonly (string | number)[];

/** A copy of the JSON with the value at `path` replaced (or removed, for `undefined`). */
export function withValue(json: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(json) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Any JSON value, from the ordinary to the absurd, in place of a field's proper one. */
export const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    undefined,
    null,
    '',
    ' ',
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER,
    { $gt: '' },
    [null],
    '2026-02-30T25:61:00.000Z',
    'X'.repeat(MAX_TEXT_LENGTH + 1),
  ),
);

/** A text a member could have typed, or that someone crafted: hostile markup, odd Unicode, very long. */
export const aText = fc.oneof(
  fc.constantFrom(...HOSTILE_LIST, VERY_LONG_TEXT),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.nat({ max: 2 * MAX_TEXT_LENGTH }).map((length) => 'a'.repeat(length)),
);

/**
 * Damage any JSON file suffers whatever its kind: random bytes or text in its place, cut off, characters put in,
 * other encodings, a key twice, deep nesting, and padding past the largest file read.
 */
export function damagedJson(text: string, keys: readonly string[]): fc.Arbitrary<MadeFile>[] {
  const made = (kind: string, bytes: Uint8Array) => async () => ({ kind, bytes });
  return [
    fc.uint8Array({ maxLength: 2000 }).map((bytes) => made('random bytes', bytes)),
    fc.string({ unit: 'binary', maxLength: 500 }).map((junk) => made('random text', encode(junk))),
    fc.nat({ max: text.length - 1 }).map((length) => made('truncated', encode(text.slice(0, length)))),
    fc
      .tuple(fc.nat({ max: text.length }), fc.string({ minLength: 1, maxLength: 5 }))
      .map(([at, junk]) => made('characters inserted', encode(text.slice(0, at) + junk + text.slice(at)))),
    fc
      .constantFrom(
        Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(text)]),
        Uint8Array.from([
          0xff,
          0xfe,
          ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
        ]),
        Uint8Array.from([...encode(text.slice(0, 40)), 0xc3, 0x28, ...encode(text.slice(40))]),
      )
      .map((bytes) => made('encoding', bytes)),
    fc.tuple(fc.constantFrom(...keys, '__proto__'), anyValue, fc.boolean()).map(([key, value, oddLast]) => {
      // JSON.parse keeps the last of two equal keys: the odd value either wins or is overruled.
      const odd = `"${key}": ${JSON.stringify(value ?? null)}`;
      const inner = text.slice(1, -1);
      return made(`${key} twice`, encode(oddLast ? `{${inner}, ${odd}}` : `{${odd},${inner}}`));
    }),
    fc
      .nat({ max: 20_000 })
      .map((depth) => made('deeply nested', encode(`${'['.repeat(depth)}${']'.repeat(depth)}`))),
    fc.constant(
      made('too large', encode(`${text.slice(0, -1)}, "padding": "${'x'.repeat(MAX_TEAM_FILE_BYTES)}"}`)),
    ),
  ];
}

/**
 * Broken, hostile and odd variants of a valid contribution: malformed JSON and bytes, wrong types, hostile
 * and huge texts, huge arrays, another team cycle, repeated keys. Some are still valid contributions (a
 * hostile text is only text); the import must take those whole and refuse the rest with a message.
 */
export function corruptContributions(valid: ContributionFile): fc.Arbitrary<MadeFile> {
  const text = JSON.stringify(valid, null, 2);
  const made = (kind: string, bytes: Uint8Array) => async () => ({ kind, bytes });
  const json = (kind: string, value: unknown) => made(kind, encode(JSON.stringify(value)));

  return fc.oneof(
    ...damagedJson(text, ['teamCycleId', 'contributor', 'assessments', 'format']),
    fc
      .tuple(fc.constantFrom(...FIELDS), anyValue)
      .map(([path, value]) => json(`${path.join('.')} wrong type`, withValue(valid, path, value))),
    fc
      .tuple(fc.constantFrom(...TEXT_FIELDS), aText)
      .map(([path, value]) => json(`${path.join('.')} hostile`, withValue(valid, path, value))),
    fc
      .record({ times: fc.integer({ min: 2, max: 5000 }), at: fc.nat({ max: valid.assessments.length - 1 }) })
      .map(({ times, at }) =>
        json(
          'assessments repeated',
          withValue(
            valid,
            ['assessments'],
            Array.from({ length: times }, () => valid.assessments[at]),
          ),
        ),
      ),
    fc
      .constantFrom(
        { teamCycleId: crypto.randomUUID() },
        { formatVersion: 2 },
        { format: 'leersteunspiegel-uitnodiging' },
        { format: 'leersteunspiegel-backup' },
        { contributor: { ...valid.contributor, anonymous: true } },
      )
      .map((change) => json(`${Object.keys(change).join()} changed`, { ...valid, ...change })),
  );
}
