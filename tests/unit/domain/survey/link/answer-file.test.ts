import { describe, expect, it } from 'vitest';
import { TeamFileError, type TeamFileErrorCode } from '../../../../../src/domain/contribution/file-error';
import { serialiseTeamFile } from '../../../../../src/domain/contribution/read-file';
import {
  answerFileCheck,
  answerFileName,
  answerFileResponse,
  createAnswerFile,
  readAnswerFile,
  statementsFingerprint,
  type AnswerFile,
} from '../../../../../src/domain/survey/link/answer-file';
import { SurveyResponseSchema } from '../../../../../src/domain/survey/survey-response-schema';

const SURVEY_ID = '3f2c6a1e-8b4d-4c2a-9e7f-1a2b3c4d5e6f';
const STATEMENTS = [
  { id: 'ouder-tevreden', statement: 'Ik ben tevreden over de leersteun.' },
  { id: 'ouder-uitleg-bij-start', statement: 'Bij de start kreeg ik uitleg.' },
];

function aFile(): Promise<AnswerFile> {
  return createAnswerFile({
    surveyId: SURVEY_ID,
    statements: STATEMENTS,
    answers: { 'ouder-tevreden': 'agree', 'ouder-uitleg-bij-start': 'dontKnow' },
    openAnswers: { 'ouder-open-goed': 'De <b>juf</b> luistert.' },
    day: '2027-01-20',
  });
}

const bytesOf = (json: unknown) => new TextEncoder().encode(JSON.stringify(json));

async function refusal(bytes: Uint8Array): Promise<TeamFileErrorCode | undefined> {
  try {
    await readAnswerFile(bytes);
    return undefined;
  } catch (error) {
    if (error instanceof TeamFileError) return error.code;
    throw error;
  }
}

describe('an answer file', () => {
  it('reads back as written, and becomes an answer that came as a file', async () => {
    const file = await aFile();
    const read = await readAnswerFile(new TextEncoder().encode(serialiseTeamFile(file)));
    expect(read).toEqual(file);
    const response = SurveyResponseSchema.parse(answerFileResponse(read));
    expect(response).toMatchObject({ id: file.responseId, surveyId: SURVEY_ID, channel: 'answerFile' });
    expect(response.openAnswers['ouder-open-goed']).toBe('De <b>juf</b> luistert.');
  });

  it('holds the day at most: no name, no time, no device', async () => {
    const file = await aFile();
    expect(Object.keys(file).sort()).toEqual(
      [
        'answers',
        'appVersion',
        'check',
        'day',
        'format',
        'formatVersion',
        'openAnswers',
        'responseId',
        'statements',
        'surveyId',
      ].sort(),
    );
    expect(serialiseTeamFile(file)).not.toMatch(/T\d\d:\d\d/);
  });

  it('gets a new random id each time, so two respondents never share one', async () => {
    expect((await aFile()).responseId).not.toBe((await aFile()).responseId);
  });

  it('is named after the group and the day, with a short code and nothing personal', async () => {
    const file = await aFile();
    expect(answerFileName('ouders', file)).toMatch(/^antwoord-ouders-2027-01-20-[0-9a-f]{4}\.json$/);
  });

  it('fingerprints the statements by their ids and words in order', async () => {
    const same = await statementsFingerprint(STATEMENTS);
    expect(await statementsFingerprint([...STATEMENTS])).toBe(same);
    expect(await statementsFingerprint([...STATEMENTS].reverse())).not.toBe(same);
    expect(
      await statementsFingerprint([{ ...STATEMENTS[0]!, statement: 'Andere woorden.' }, STATEMENTS[1]!]),
    ).not.toBe(same);
  });

  it('does not depend on the order of the answers in the JSON', async () => {
    const file = await aFile();
    const reordered = { ...file, answers: Object.fromEntries(Object.entries(file.answers).reverse()) };
    expect(await refusal(bytesOf(reordered))).toBeUndefined();
  });

  it('reads leniently: a missing app version or open answers are no problem when the check fits', async () => {
    const file = await aFile();
    const { appVersion: _version, openAnswers: _open, ...rest } = file;
    const without = { ...rest, openAnswers: {} };
    const check = await answerFileCheck(without);
    const { openAnswers: _none, ...bare } = { ...without, check };
    expect(await readAnswerFile(bytesOf({ ...bare, later: 'iets nieuws' }))).toMatchObject({
      appVersion: '',
      openAnswers: {},
    });
  });

  it.each<[string, (file: AnswerFile) => unknown, TeamFileErrorCode]>([
    [
      'an answer changed by hand',
      (f) => ({ ...f, answers: { ...f.answers, 'ouder-tevreden': 'disagree' } }),
      'tampered',
    ],
    ['an answer added by hand', (f) => ({ ...f, answers: { ...f.answers, extra: 'agree' } }), 'tampered'],
    ['an open answer edited', (f) => ({ ...f, openAnswers: { 'ouder-open-goed': 'Anders.' } }), 'tampered'],
    ['another bevraging put in', (f) => ({ ...f, surveyId: crypto.randomUUID() }), 'tampered'],
    ['another day put in', (f) => ({ ...f, day: '2027-01-21' }), 'tampered'],
    ['a check that is no digest', (f) => ({ ...f, check: 'abc' }), 'invalid'],
    ['a newer layout', (f) => ({ ...f, formatVersion: 2 }), 'newerVersion'],
    ['a contribution', (f) => ({ ...f, format: 'leersteunspiegel-bijdrage' }), 'otherKind'],
    ['another JSON file', () => ({ name: 'iets' }), 'notOurs'],
    ['an answer that is no scale point', (f) => ({ ...f, answers: { x: '<script>' } }), 'invalid'],
    [
      'more answers than any bevraging asks',
      (f) => ({
        ...f,
        answers: Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`s${i}`, 'agree'])),
      }),
      'invalid',
    ],
  ])('refuses %s', async (_what, edit, code) => {
    expect(await refusal(bytesOf(edit(await aFile())))).toBe(code);
  });

  it('refuses a cut-off file, a picture and a file far too large', async () => {
    const text = serialiseTeamFile(await aFile());
    expect(await refusal(new TextEncoder().encode(text.slice(0, 100)))).toBe('notJson');
    expect(await refusal(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]))).toBe('notText');
    expect(await refusal(new Uint8Array(6 * 1024 * 1024))).toBe('tooLarge');
  });
});
