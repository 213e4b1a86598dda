import { describe, expect, it } from 'vitest';
import {
  answersOfPaperRow,
  cellOfKey,
  emptyPaperRow,
  paperRowOf,
  tallyPaperRows,
} from '../../../../src/domain/survey/paper-entry';
import { paperForm } from '../../../../src/domain/survey/paper-form';
import { SURVEY_CODE_ALPHABET, surveyCode } from '../../../../src/domain/survey/survey-code';
import { AGREE_SCALE, aQuestionnaire, aSurvey } from './survey-factories';

const IDS = ['s1', 's2', 's3'];

describe('a key typed in the entry grid', () => {
  it('is a point of the scale from 1 to its length, 0 for "weet ik niet", a space or dash for left open', () => {
    expect(['1', '4', '0', ' ', '-'].map((key) => cellOfKey(key, AGREE_SCALE))).toEqual([
      '1',
      '4',
      '0',
      '-',
      '-',
    ]);
  });

  it('is refused when the scale has no such point, or it is no digit', () => {
    expect(['5', '9', 'a', 'Enter', '', '12'].map((key) => cellOfKey(key, AGREE_SCALE))).toEqual(
      Array.from({ length: 6 }, () => undefined),
    );
  });
});

describe('a typed row', () => {
  it('gives the answers by statement id: the digit’s point, "weet ik niet", nothing for a statement left open', () => {
    const outcome = answersOfPaperRow(
      { cells: ['4', '0', '-'], openAnswers: { open: '  Meer uitleg graag. ', other: '  ' } },
      IDS,
      AGREE_SCALE,
    );
    expect(outcome).toEqual({
      ok: true,
      answers: { s1: 'agree', s2: 'dontKnow' },
      openAnswers: { open: 'Meer uitleg graag.' },
    });
  });

  it('is not stored while a statement is not typed yet, naming the statements by their number', () => {
    expect(answersOfPaperRow({ cells: ['1', '', ''], openAnswers: {} }, IDS, AGREE_SCALE)).toEqual({
      ok: false,
      problem: 'untyped',
      numbers: [2, 3],
    });
    // A cell the scale does not know (a draft of another scale) counts as not typed.
    expect(answersOfPaperRow({ cells: ['1', '7', '2'], openAnswers: {} }, IDS, AGREE_SCALE)).toMatchObject({
      numbers: [2],
    });
  });

  it('is no answer when the form came back blank', () => {
    expect(answersOfPaperRow({ cells: ['-', '-', '-'], openAnswers: {} }, IDS, AGREE_SCALE)).toEqual({
      ok: false,
      problem: 'blank',
    });
  });

  it('comes back from the answer it stored, to be fixed', () => {
    const row = { cells: ['2', '-', '0'], openAnswers: { open: 'Dank je.' } };
    const outcome = answersOfPaperRow(row, IDS, AGREE_SCALE);
    if (!outcome.ok) throw new Error('the row should be complete');
    expect(paperRowOf(outcome, IDS, AGREE_SCALE)).toEqual(row);
  });
});

describe('the totals of the typed forms', () => {
  it('count per statement each digit and the statements left open; a cell not typed yet counts nowhere', () => {
    const rows = [
      { cells: ['1', '0', '-'], openAnswers: {} },
      { cells: ['1', '4', ''], openAnswers: {} },
      emptyPaperRow(3),
    ];
    expect(tallyPaperRows(rows, 3, AGREE_SCALE)).toEqual([
      { digits: [0, 2, 0, 0, 0], leftOpen: 0 },
      { digits: [1, 0, 0, 0, 1], leftOpen: 0 },
      { digits: [0, 0, 0, 0, 0], leftOpen: 1 },
    ]);
  });
});

describe('the code of a bevraging', () => {
  it('is six characters without 0, O, 1 or I, the same for the same bevraging', () => {
    const survey = aSurvey();
    const code = surveyCode(survey);
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(SURVEY_CODE_ALPHABET).not.toMatch(/[01OI]/);
    expect(surveyCode({ id: survey.id })).toBe(code);
  });

  it('differs between bevragingen, even when their ids differ in one character', () => {
    const ids = Array.from(
      { length: 200 },
      (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    );
    expect(new Set(ids.map((id) => surveyCode({ id }))).size).toBe(ids.length);
  });
});

describe('the paper form of a bevraging', () => {
  it('numbers the statements asked, then its own, and the boxes 1 … n with "weet ik niet" as 0', () => {
    const questionnaire = aQuestionnaire('parents');
    const survey = aSurvey({
      itemIds: ['parents-stelling-2', 'parents-stelling-1'],
      ownStatements: [{ id: '9a1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5', statement: 'Eigen.', informs: ['R1'] }],
    });
    const form = paperForm(survey, questionnaire);
    expect(form.statements).toEqual([
      { number: 1, statement: 'Stelling 2.' },
      { number: 2, statement: 'Stelling 1.' },
      { number: 3, statement: 'Eigen.' },
    ]);
    expect(form.scale.map((box) => box.digit)).toEqual(['1', '2', '3', '4']);
    expect(form.dontKnow.digit).toBe('0');
    expect(form.code).toBe(surveyCode(survey));
    expect(form.introduction).toBe(questionnaire.introduction);
    expect(form.largeType).toBe(false);
  });
});
