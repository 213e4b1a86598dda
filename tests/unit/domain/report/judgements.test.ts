import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/domain/report/build-report';
import { anAssessment } from '../factories';
import { personalFixture, teamFixture } from './fixture-cycle';
import { expectValidModel, expectationOf, reportedExpectations } from './model-helpers';

describe('buildReport: whose judgement counts', () => {
  it('takes the team’s consensus where there is one, with its texts and support levels', () => {
    const { input, vocabulary } = teamFixture();
    const r1 = expectationOf(buildReport(input, vocabulary), 'R1');
    expect(r1).toMatchObject({
      rating: { id: 'meets', label: 'volgens de verwachting', level: 3 },
      judgedBy: 'consensus',
      justification: 'De bevraging toont tevredenheid.',
      strengths: 'Scholen ervaren de leersteun als snel en nabij.',
      pointsToDevelop: 'Effecten bij leerlingen beter in beeld brengen.',
      supportLevels: ['Leerling', 'Schoolteam'],
    });
  });

  it('never shows a member’s own rating as the team’s: without consensus it reads "nog geen gezamenlijk oordeel"', () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport(input, vocabulary);
    // S2: Ann (the self participant) rated "benadert" and BL5 she only wrote a note; the team agreed on neither.
    for (const code of ['S2', 'S4', 'BL3', 'BL5']) {
      const expectation = expectationOf(model, code);
      expect(expectation).toMatchObject({
        rating: { id: 'notRated', label: 'nog geen gezamenlijk oordeel' },
        judgedBy: 'nobody',
        justification: '',
        strengths: '',
        pointsToDevelop: '',
        supportLevels: [],
      });
      expect(expectation).not.toHaveProperty('goodPractice');
      expect(expectation).not.toHaveProperty('updatedAt');
    }
    expect(JSON.stringify(model)).not.toContain('Nog te bespreken met het team.');
  });

  it('takes the newest consensus when merged copies exist', () => {
    const fixture = teamFixture({ codes: ['R3'] });
    const older = anAssessment(fixture.cycle, 'R3', 'below', { at: new Date('2025-10-01T00:00:00Z') });
    const newer = anAssessment(fixture.cycle, 'R3', 'exceeds', { at: new Date('2025-12-01T00:00:00Z') });
    const input = { ...fixture.input, assessments: [...fixture.input.assessments, newer, older] };
    expect(expectationOf(buildReport(input, fixture.vocabulary), 'R3').rating.id).toBe('exceeds');
  });

  it('ignores assessments of another cycle', () => {
    const fixture = teamFixture({ codes: ['BL4'] });
    const other = teamFixture().cycle;
    const stray = anAssessment(other, 'BL4', 'meets');
    const input = { ...fixture.input, assessments: [...fixture.input.assessments, stray] };
    expect(expectationOf(buildReport(input, fixture.vocabulary), 'BL4').judgedBy).toBe('nobody');
  });
});

describe('buildReport: good practice', () => {
  it('shows the good practice at level 4 with every criterion of content and the evidence that exists', () => {
    const { input, vocabulary } = teamFixture();
    const r2 = expectationOf(buildReport(input, vocabulary), 'R2');
    expect(r2.rating).toEqual({ id: 'exceeds', label: 'overstijgt de verwachting', level: 4 });
    expect(r2.goodPractice).toEqual({
      description: 'Co-teaching van leerondersteuner en leraar in elke eerste graad.',
      criteria: [
        {
          label: 'De praktijk gaat verder dan wat gebruikelijk is.',
          met: true,
          evidenceTitles: ['Bevraging leraren'],
        },
        {
          label: 'De praktijk heeft een positieve impact op resultaten en effecten.',
          met: true,
          evidenceTitles: ['Observatie in de klas'],
        },
        {
          label: 'De praktijk is ingebed in de werking van de organisatie.',
          met: true,
          evidenceTitles: ['Verslag leersteunraad'],
        },
        {
          label: 'De praktijk is gebaseerd op evaluaties, noden of nieuwe inzichten.',
          met: false,
          evidenceTitles: [],
        },
        {
          label: 'De praktijk kan anderen inspireren.',
          met: true,
          evidenceTitles: ['Verslag leersteunraad'],
        },
      ],
    });
  });

  it('leaves the good practice out below level 4, even when one is stored', () => {
    const fixture = teamFixture({ codes: ['R2'] });
    const assessments = fixture.input.assessments.map((a) =>
      a.expectationCode === 'R2' && a.kind === 'consensus' ? { ...a, rating: 'meets' as const } : a,
    );
    const r2 = expectationOf(buildReport({ ...fixture.input, assessments }, fixture.vocabulary), 'R2');
    expect(r2).not.toHaveProperty('goodPractice');
  });
});

describe('buildReport: evidence per expectation', () => {
  it('lists the evidence linked to the expectation, newest first, with labels and attachment names', () => {
    const { input, vocabulary } = teamFixture();
    const r2 = expectationOf(buildReport(input, vocabulary), 'R2');
    expect(r2.evidence.map((item) => item.title)).toEqual([
      'Verslag leersteunraad',
      'Bevraging leraren',
      'Observatie in de klas',
    ]);
    expect(r2.evidence[2]).toEqual({
      title: 'Observatie in de klas',
      kind: 'observatie',
      voices: ['leerlingen', 'leraren'],
      date: '2025-10-01',
      description: '',
      attachmentNames: ['observatie-1.jpg', 'observatie-2.jpg'],
      expectationCodes: ['R2', 'M2'],
    });
    expect(expectationOf(buildReport(input, vocabulary), 'R3').evidence).toEqual([]);
  });
});

describe('buildReport: spread of the individual ratings', () => {
  it('counts every answer given, highest level first, with the lowest and highest level', () => {
    const { input, vocabulary } = teamFixture();
    const m2 = expectationOf(buildReport(input, vocabulary), 'M2');
    expect(m2.spread).toEqual({
      respondents: 3,
      counts: [
        { rating: { id: 'approaching', label: 'benadert de verwachting', level: 2 }, count: 1 },
        { rating: { id: 'below', label: 'beneden de verwachting', level: 1 }, count: 2 },
      ],
      lowest: { id: 'below', label: 'beneden de verwachting', level: 1 },
      highest: { id: 'approaching', label: 'benadert de verwachting', level: 2 },
    });
  });

  it('lists states after the levels and leaves "not rated" out of the respondents', () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport(input, vocabulary);
    const v1 = expectationOf(model, 'V1');
    expect(v1.spread?.respondents).toBe(2);
    expect(v1.spread?.counts.map(({ rating, count }) => [rating.id, count])).toEqual([
      ['approaching', 1],
      ['needsInformation', 1],
    ]);
    const s4 = expectationOf(model, 'S4');
    expect(s4.spread?.counts.map(({ rating, count }) => [rating.id, count])).toEqual([
      ['meets', 1],
      ['notInFocus', 2],
    ]);
    expect(s4.spread?.lowest?.id).toBe('meets');
    expect(s4.spread?.highest?.id).toBe('meets');
  });

  it('shows a spread beside nobody’s judgement too, and none without individual assessments', () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport(input, vocabulary);
    expect(expectationOf(model, 'BL3').spread?.respondents).toBe(2);
    expect(expectationOf(model, 'BL4')).not.toHaveProperty('spread');
    const bl5 = expectationOf(model, 'BL5').spread;
    expect(bl5).toEqual({ respondents: 0, counts: [] });
  });

  it('counts a participant once when merged copies of their assessment exist', () => {
    const fixture = teamFixture({ codes: ['R3'] });
    const { bram } = fixture.participants;
    const copy = anAssessment(fixture.cycle, 'R3', 'below', {
      participantId: bram.id,
      at: new Date('2026-01-15T10:00:00Z'),
    });
    const input = { ...fixture.input, assessments: [...fixture.input.assessments, copy] };
    const spread = expectationOf(buildReport(input, fixture.vocabulary), 'R3').spread;
    expect(spread?.respondents).toBe(3);
    expect(spread?.counts.map(({ rating, count }) => [rating.id, count])).toEqual([
      ['meets', 2],
      ['below', 1],
    ]);
  });
});

describe('buildReport: personal report of an individual cycle', () => {
  it('is a personal report judged by the self participant, without spread or consensus', () => {
    const { input, vocabulary } = personalFixture({ includeIndividualNotes: true });
    const model = buildReport(input, vocabulary);
    expectValidModel(model);
    expect(model.kind).toBe('personal');
    expect(model.subtitle).toBe('Ann Peeters · schooljaar 2025-2026 · individuele reflectie');
    expect(model.expectationCodes).toEqual(['R1', 'R2', 'M1', 'M2', 'BL2']);
    expect(
      reportedExpectations(model).map(({ code, judgedBy, rating }) => [code, judgedBy, rating.id]),
    ).toEqual([
      ['R1', 'individual', 'meets'],
      ['R2', 'individual', 'approaching'],
      ['M1', 'individual', 'below'],
      ['M2', 'nobody', 'notRated'],
      ['BL2', 'nobody', 'notRated'],
    ]);
    for (const expectation of reportedExpectations(model)) {
      expect(expectation).not.toHaveProperty('spread');
      expect(expectation.individualNotes).toEqual([]);
    }
  });

  it('ignores a consensus record in an individual cycle', () => {
    const fixture = personalFixture();
    const consensus = anAssessment(fixture.cycle, 'R1', 'exceeds');
    const model = buildReport(
      { ...fixture.input, assessments: [...fixture.input.assessments, consensus] },
      fixture.vocabulary,
    );
    expect(expectationOf(model, 'R1')).toMatchObject({ rating: { id: 'meets' }, judgedBy: 'individual' });
  });
});
