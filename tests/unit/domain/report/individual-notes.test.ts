import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/domain/report/build-report';
import { teamFixture } from './fixture-cycle';
import { expectValidModel, expectationOf, reportedExpectations, sectionOf } from './model-helpers';

describe('buildReport: individual notes', () => {
  it('leaves the notes out unless the options include them', () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport(input, vocabulary);
    for (const expectation of reportedExpectations(model)) expect(expectation.individualNotes).toEqual([]);
  });

  it('shows each participant’s own notes in the order they joined', () => {
    const { input, vocabulary } = teamFixture({ includeIndividualNotes: true });
    const r1 = expectationOf(buildReport(input, vocabulary), 'R1');
    expect(r1.individualNotes).toEqual([
      {
        participant: 'Ann Peeters',
        role: 'coördinator',
        rating: { id: 'meets', label: 'volgens de verwachting', level: 3 },
        justification: 'Scholen zijn tevreden.',
        strengths: 'Snelle opstart.',
        pointsToDevelop: '',
        supportLevels: [],
        updatedAt: expect.any(String),
      },
      {
        participant: 'Bram Claes',
        role: 'leerondersteuner',
        rating: { id: 'approaching', label: 'benadert de verwachting', level: 2 },
        justification: 'Nog niet overal.',
        strengths: '',
        pointsToDevelop: 'Opvolging na de opstart.',
        supportLevels: [],
        updatedAt: expect.any(String),
      },
      {
        participant: 'Anonieme deelnemer',
        role: 'rol niet vermeld',
        rating: { id: 'meets', label: 'volgens de verwachting', level: 3 },
        justification: '',
        strengths: '',
        pointsToDevelop: '',
        supportLevels: [],
        updatedAt: expect.any(String),
      },
    ]);
  });

  it('leaves out a participant who did not rate and wrote nothing, but keeps one who only wrote', () => {
    const { input, vocabulary } = teamFixture({ includeIndividualNotes: true });
    const model = buildReport(input, vocabulary);
    expect(expectationOf(model, 'BL5').individualNotes).toEqual([
      expect.objectContaining({
        participant: 'Ann Peeters',
        justification: 'Nog te bespreken met het team.',
      }),
    ]);
    expect(expectationOf(model, 'V1').individualNotes.map((note) => note.participant)).toEqual([
      'Ann Peeters',
      'Bram Claes',
    ]);
  });
});

describe('buildReport: anonymised names', () => {
  it('replaces every name by "Deelnemer n" in the order the participants joined', () => {
    const { input, vocabulary } = teamFixture({ includeIndividualNotes: true, anonymise: true });
    const model = buildReport(input, vocabulary);
    expectValidModel(model);
    expect(expectationOf(model, 'R1').individualNotes.map((note) => note.participant)).toEqual([
      'Deelnemer 1',
      'Deelnemer 2',
      'Deelnemer 3',
    ]);
    // Each role is held by one person here, so naming it would name them.
    expect(sectionOf(model, 'appendices').participants).toEqual([
      { name: 'Deelnemer 1', role: 'rol niet vermeld' },
      { name: 'Deelnemer 2', role: 'rol niet vermeld' },
      { name: 'Deelnemer 3', role: 'rol niet vermeld' },
    ]);
    expect(model.options.anonymise).toBe(true);
  });

  it('keeps the number of a participant the same when others left no notes', () => {
    const { input, vocabulary } = teamFixture({ includeIndividualNotes: true, anonymise: true });
    const model = buildReport(input, vocabulary);
    expect(expectationOf(model, 'BL3').individualNotes.map((note) => note.participant)).toEqual([
      'Deelnemer 2',
      'Deelnemer 3',
    ]);
  });

  it('never shows a real name anywhere in an anonymised report', () => {
    const { input, vocabulary, participants } = teamFixture({
      includeIndividualNotes: true,
      anonymise: true,
    });
    const model = buildReport(input, vocabulary);
    const json = JSON.stringify(model);
    for (const participant of Object.values(participants)) expect(json).not.toContain(participant.name);
    // A name typed as an action's owner reads "Anonieme deelnemer", as in every other text someone typed.
    const owners = sectionOf(model, 'developmentPlan').actions.map((action) => action.owner);
    expect(owners).toContain('Anonieme deelnemer');
  });

  it('takes names out of text someone wrote, whole words only, capitalised where a sentence starts', () => {
    const { input, vocabulary } = teamFixture({ codes: ['R1'], anonymise: true });
    const assessments = input.assessments.map((assessment) =>
      assessment.expectationCode === 'R1' && assessment.kind === 'consensus'
        ? {
            ...assessment,
            justification:
              'Ann Peeters bevroeg de scholen. Volgens bram  claes en Chris klopt het; Annemie De Brug ook.',
          }
        : assessment,
    );
    const r1 = expectationOf(buildReport({ ...input, assessments }, vocabulary), 'R1');
    expect(r1.justification).toBe(
      'Anonieme deelnemer bevroeg de scholen. Volgens anonieme deelnemer en anonieme deelnemer klopt het; Annemie De Brug ook.',
    );
  });

  it('leaves an owner that is not a participant as typed', () => {
    const { input, vocabulary } = teamFixture({ anonymise: true });
    const actions = input.actions.map((action) => ({ ...action, owner: 'Schoolteam De Linde' }));
    const model = buildReport({ ...input, actions }, vocabulary);
    for (const action of sectionOf(model, 'developmentPlan').actions) {
      expect(action.owner).toBe('Schoolteam De Linde');
    }
  });
});
