import { describe, expect, it } from 'vitest';
import { TeamFileError } from '../../../src/domain/contribution/file-error';
import { createAnswerFile } from '../../../src/domain/survey/link/answer-file';
import type { AnswerPlanEntry } from '../../../src/domain/survey/link/answer-import-plan';
import { describeRefusedAnswer } from '../../../src/ui/surveys/answer-import-messages';

const file = await createAnswerFile({
  surveyId: '3f2c6a1e-8b4d-4c2a-9e7f-1a2b3c4d5e6f',
  statements: [{ id: 'ouder-tevreden', statement: 'Ik ben tevreden.' }],
  answers: { 'ouder-tevreden': 'agree' },
  openAnswers: {},
  day: '2027-01-20',
});

describe('the Dutch reason a refused answer file gets', () => {
  it.each<[AnswerPlanEntry, string]>([
    [{ kind: 'broken', fileName: 'a.json', error: new TeamFileError('tampered') }, 'achteraf gewijzigd'],
    [{ kind: 'broken', fileName: 'a.json', error: new TeamFileError('notJson') }, 'beschadigd of onvolledig'],
    [{ kind: 'broken', fileName: 'a.json', error: new TeamFileError('otherKind') }, 'geen antwoordbestand'],
    [{ kind: 'otherSurvey', fileName: 'a.json', file }, 'hoort bij een andere bevraging'],
    [
      { kind: 'otherStatements', fileName: 'a.json', file },
      'de stellingen van deze bevraging werden gewijzigd',
    ],
    [{ kind: 'known', fileName: 'a.json', file }, 'werd al eerder ingelezen'],
    [{ kind: 'duplicate', fileName: 'a.json', file, keptFileName: 'b.json' }, 'een kopie van b.json'],
    [{ kind: 'finished', fileName: 'a.json', file, closed: true }, 'is afgesloten'],
    [
      { kind: 'finished', fileName: 'a.json', file, closed: false },
      'liep tot 29 januari 2027. Verleng de periode',
    ],
  ])('names the file and says why: %#', (entry, reason) => {
    const message = describeRefusedAnswer(entry, '2027-01-29');
    expect(message).toMatch(/^a\.json: /);
    expect(message).toContain(reason);
  });

  it('says nothing of a file that is taken', () => {
    expect(describeRefusedAnswer({ kind: 'taken', fileName: 'a.json', file }, '2027-01-29')).toBeUndefined();
  });
});
