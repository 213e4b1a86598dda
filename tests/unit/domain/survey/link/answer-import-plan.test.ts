import { describe, expect, it } from 'vitest';
import { TeamFileError } from '../../../../../src/domain/contribution/file-error';
import { createAnswerFile, type AnswerFile } from '../../../../../src/domain/survey/link/answer-file';
import {
  planAnswerImport,
  type ReadAnswerFile,
} from '../../../../../src/domain/survey/link/answer-import-plan';

const SURVEY = { id: '3f2c6a1e-8b4d-4c2a-9e7f-1a2b3c4d5e6f', endDate: '2027-01-31' };
const STATEMENTS = [{ id: 'ouder-tevreden', statement: 'Ik ben tevreden over de leersteun.' }];
const DURING = '2027-01-20';

const answer = (statements = STATEMENTS, surveyId = SURVEY.id): Promise<AnswerFile> =>
  createAnswerFile({
    surveyId,
    statements,
    answers: { 'ouder-tevreden': 'agree' },
    openAnswers: {},
    day: DURING,
  });
const read = (fileName: string, file: AnswerFile): ReadAnswerFile => ({
  fileName,
  result: { ok: true, file },
});

describe('planning the reading in of answer files', () => {
  it('takes every new answer of this bevraging, and says of each refused file why', async () => {
    const [fingerprint, mine, again, other, old, known] = await Promise.all([
      (await answer()).statements,
      answer(),
      answer(),
      answer(STATEMENTS, crypto.randomUUID()),
      answer([{ id: 'ouder-tevreden', statement: 'Oude woorden.' }]),
      answer(),
    ]);
    const plan = planAnswerImport(
      SURVEY,
      fingerprint,
      new Set([known.responseId]),
      [
        read('e.json', known),
        read('b.json', other),
        read('a.json', mine),
        read('g-kopie.json', mine),
        read('c.json', old),
        read('d.json', again),
        { fileName: 'f.json', result: { ok: false, error: new TeamFileError('tampered') } },
      ],
      DURING,
    );
    expect(plan.map((entry) => [entry.fileName, entry.kind])).toEqual([
      ['a.json', 'taken'],
      ['b.json', 'otherSurvey'],
      ['c.json', 'otherStatements'],
      ['d.json', 'taken'],
      ['e.json', 'known'],
      ['f.json', 'broken'],
      ['g-kopie.json', 'duplicate'],
    ]);
  });

  it('gives the same plan whatever order the files were chosen in', async () => {
    const files = [read('a.json', await answer()), read('b.json', await answer())];
    const fingerprint = files[0]!.result.ok ? files[0]!.result.file.statements : '';
    expect(planAnswerImport(SURVEY, fingerprint, new Set(), [...files].reverse(), DURING)).toEqual(
      planAnswerImport(SURVEY, fingerprint, new Set(), files, DURING),
    );
  });

  it('refuses answers once the bevraging is finished, telling a closed one from a period over', async () => {
    const file = await answer();
    const periodOver = planAnswerImport(
      SURVEY,
      file.statements,
      new Set(),
      [read('a.json', file)],
      '2027-02-01',
    );
    expect(periodOver[0]).toMatchObject({ kind: 'finished', closed: false });
    const closed = planAnswerImport(
      { ...SURVEY, closedAt: '2027-01-15T10:00:00.000Z' },
      file.statements,
      new Set(),
      [read('a.json', file)],
      DURING,
    );
    expect(closed[0]).toMatchObject({ kind: 'finished', closed: true });
  });
});
