import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../../src/domain/record';
import { createSurvey } from '../../../src/domain/survey/survey-schema';
import {
  draftOfSurvey,
  newOwnStatement,
  newSurveyDraft,
  type SurveyDraft,
  withFrozenStatements,
} from '../../../src/ui/surveys/survey-draft';
import { surveyErrorsOf, surveyFromDraft } from '../../../src/ui/surveys/survey-from-draft';
import * as strings from '../../../src/ui/strings';

const cycleId = crypto.randomUUID();
const errors = strings.surveyForm.errors;
const valid: SurveyDraft = {
  ...newSurveyDraft('2027-02-27'),
  group: 'parents',
  itemIds: ['ouder-uitleg-bij-start'],
  askedCount: '24',
};

describe('newSurveyDraft', () => {
  it('runs four weeks from today, across a month and a year, with the default threshold', () => {
    expect(newSurveyDraft('2027-02-27')).toMatchObject({ startDate: '2027-02-27', endDate: '2027-03-27' });
    expect(newSurveyDraft('2026-12-20')).toMatchObject({ endDate: '2027-01-17', anonymityThreshold: '5' });
  });
});

describe('surveyErrorsOf', () => {
  it('finds nothing wrong with a group, a statement, a period and a number asked', () => {
    expect(surveyErrorsOf(valid)).toEqual({});
  });

  it('asks for a group first, then for a statement', () => {
    expect(surveyErrorsOf({ ...valid, group: '', itemIds: [] })).toEqual({ group: errors.group });
    expect(surveyErrorsOf({ ...valid, itemIds: [] })).toEqual({ itemIds: errors.statements });
    const own = { ...newOwnStatement(), statement: 'Bereikbaar', informs: ['R1' as const] };
    expect(surveyErrorsOf({ ...valid, itemIds: [], ownStatements: [own] })).toEqual({});
  });

  it('wants an own statement worded and tied to an expectation, named by its place', () => {
    const own = newOwnStatement();
    expect(surveyErrorsOf({ ...valid, ownStatements: [own] })).toEqual({
      [`own-${own.id}`]: errors.ownText(1),
      [`own-${own.id}-informs`]: errors.ownInforms(1),
    });
  });

  it('refuses a period that ends before it starts, no number asked, and a threshold under three', () => {
    expect(surveyErrorsOf({ ...valid, endDate: '2027-02-26' })).toEqual({ endDate: errors.endBeforeStart });
    for (const askedCount of ['', '0', '2,5', 'tien'])
      expect(surveyErrorsOf({ ...valid, askedCount })).toEqual({ askedCount: errors.askedCount });
    for (const anonymityThreshold of ['2', '', '3.5'])
      expect(surveyErrorsOf({ ...valid, anonymityThreshold }).anonymityThreshold).toBe(errors.threshold(3));
    expect(surveyErrorsOf({ ...valid, anonymityThreshold: '3' })).toEqual({});
    expect(surveyErrorsOf({ ...valid, introduction: 'x'.repeat(MAX_TEXT_LENGTH + 1) })).toHaveProperty(
      'introduction',
    );
  });
});

describe('surveyFromDraft', () => {
  it('makes a new bevraging of the cycle, with trimmed text and numbers', () => {
    const survey = surveyFromDraft(
      { ...valid, introduction: '  Dag ouders  ', anonymityThreshold: '6' },
      cycleId,
    );
    expect(survey).toMatchObject({ cycleId, group: 'parents', introduction: 'Dag ouders', askedCount: 24 });
    expect(survey.anonymityThreshold).toBe(6);
  });

  it('changes a stored one and keeps what the form does not show', () => {
    const stored = createSurvey({
      cycleId,
      group: 'parents',
      itemIds: ['ouder-uitleg-bij-start'],
      startDate: '2027-01-01',
      endDate: '2027-01-31',
      askedCount: 10,
      closedAt: '2027-01-20T10:00:00.000Z',
    });
    const changed = surveyFromDraft({ ...draftOfSurvey(stored), askedCount: '12' }, cycleId, stored);
    expect(changed).toMatchObject({ id: stored.id, askedCount: 12, closedAt: stored.closedAt });
  });
});

describe('withFrozenStatements', () => {
  it('takes the group and statements of an answered bevraging from the stored one, not from a leftover draft', () => {
    const stored = createSurvey({
      cycleId,
      group: 'parents',
      itemIds: ['ouder-uitleg-bij-start'],
      startDate: '2027-01-01',
      endDate: '2027-01-31',
      askedCount: 10,
    });
    const leftover: SurveyDraft = {
      ...draftOfSurvey(stored),
      group: 'teachers',
      itemIds: [],
      ownStatements: [{ ...newOwnStatement(), statement: 'Uit een oud concept' }],
      askedCount: '12',
    };
    const asked = withFrozenStatements(leftover, stored);
    expect(asked).toMatchObject({
      group: 'parents',
      itemIds: stored.itemIds,
      ownStatements: [],
      askedCount: '12',
    });
    expect(surveyFromDraft(asked, cycleId, stored)).toMatchObject({
      group: 'parents',
      itemIds: stored.itemIds,
      ownStatements: [],
      askedCount: 12,
    });
    expect(withFrozenStatements(leftover, undefined)).toBe(leftover);
  });
});
