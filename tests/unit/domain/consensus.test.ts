import { describe, expect, it } from 'vitest';
import { ownAssessments } from '../../../src/domain/aggregation';
import { agreedCount, isAgreed } from '../../../src/domain/consensus/agreed';
import { agendaPlace, consensusOverview, firstOpen } from '../../../src/domain/consensus/consensus-overview';
import {
  containsStatement,
  memberStatements,
  splitStatements,
  withStatements,
} from '../../../src/domain/consensus/member-statements';
import { createParticipant } from '../../../src/domain/participant-schema';
import { NOW, aCycle, anAssessment } from './factories';
import { teamFixture } from './report/fixture-cycle';

/** The report fixture's three participants and their ratings, without the team's consensus. */
function individualsOnly() {
  const fixture = teamFixture();
  const assessments = fixture.input.assessments.filter((a) => a.kind === 'individual');
  return { ...fixture, assessments };
}

describe('consensusOverview', () => {
  // Ann, Bram and Chris per expectation (1 beneden … 4 overstijgt), worked out by hand from FIXTURE_RATINGS:
  // S2 [1,2,3] IQR 1 range 2; M3 [3,4] and BL3 [2,3] IQR 1 range 1, nobody at the (half) median;
  // R1 [2,3,3], R2 [3,4,4], M1 [1,2,2], M2 [1,1,2], BL2 [2,3,3] IQR 0.5 range 1, one of three off the median;
  // R3, M4, S1, BL1 unanimous; V1, S3, S4 one level given, BL4 and BL5 none.
  const AGENDA = [
    ['S2', 'split'],
    ['M3', 'split'],
    ['BL3', 'split'],
    ['R1', 'agreement'],
    ['R2', 'agreement'],
    ['M1', 'agreement'],
    ['M2', 'agreement'],
    ['BL2', 'agreement'],
    ['R3', 'agreement'],
    ['M4', 'agreement'],
    ['S1', 'agreement'],
    ['BL1', 'agreement'],
    ['V1', 'fewRespondents'],
    ['S3', 'fewRespondents'],
    ['S4', 'fewRespondents'],
    ['BL4', 'fewRespondents'],
    ['BL5', 'fewRespondents'],
  ];

  it('orders the bespreekpunten by disagreement and numbers them', () => {
    const { cycle, assessments, input } = individualsOnly();
    const overview = consensusOverview(cycle, assessments, input.participants);
    expect(overview.items.map((item) => [item.aggregate.code, item.reason])).toEqual(AGENDA);
    expect(overview.items.map((item) => item.position)).toEqual(AGENDA.map((_, index) => index + 1));
    expect(overview).toMatchObject({ agreed: 0, total: 17, hasAnswers: true });
  });

  it('marks what the team agreed, keeps the order, and counts a consensus without an answer as open', () => {
    const { cycle, input } = teamFixture();
    const started = anAssessment(cycle, 'S2', 'notRated');
    const overview = consensusOverview(cycle, [...input.assessments, started], input.participants);
    expect(overview.items.map((item) => item.aggregate.code)).toEqual(AGENDA.map(([code]) => code));
    // The fixture agreed on R1, R2, V1, M1, M2, S1, BL1 and BL2.
    expect(overview.items.filter((item) => item.agreed).map((item) => item.aggregate.code)).toEqual([
      'R1',
      'R2',
      'M1',
      'M2',
      'BL2',
      'S1',
      'BL1',
      'V1',
    ]);
    expect(overview.agreed).toBe(8);
    const s2 = overview.items[0];
    expect(s2?.consensus).toBe(started);
    expect(s2?.agreed).toBe(false);
  });

  it('takes the newest consensus when merged copies hold several', () => {
    const { cycle, assessments, input } = individualsOnly();
    const older = anAssessment(cycle, 'M3', 'meets', { at: new Date('2026-01-10T10:00:00Z') });
    const newer = anAssessment(cycle, 'M3', 'notRated', { at: new Date('2026-01-12T10:00:00Z') });
    const overview = consensusOverview(cycle, [newer, ...assessments, older], input.participants);
    const m3 = overview.items.find((item) => item.aggregate.code === 'M3');
    expect(m3?.consensus).toBe(newer);
    expect(m3?.agreed).toBe(false);
  });

  it('says there is nothing to discuss while no one answered', () => {
    const cycle = aCycle({ scope: ['R1', 'M2'] });
    const ann = createParticipant({ cycleId: cycle.id, name: 'Ann', role: 'coordinator' }, NOW);
    const overview = consensusOverview(
      cycle,
      [anAssessment(cycle, 'R1', 'notRated', { participantId: ann.id })],
      [ann],
    );
    expect(overview).toMatchObject({ agreed: 0, total: 2, hasAnswers: false });
    expect(overview.items.map((item) => item.reason)).toEqual(['fewRespondents', 'fewRespondents']);
  });
});

describe('agendaPlace', () => {
  const { cycle, input } = teamFixture();
  const { items } = consensusOverview(cycle, input.assessments, input.participants);
  const code = (item: { aggregate: { code: string } } | undefined) => item?.aggregate.code;

  it('gives the neighbours and the next bespreekpunt still open', () => {
    const place = agendaPlace(items, 'BL3');
    expect([code(place?.previous), code(place?.item), code(place?.next)]).toEqual(['M3', 'BL3', 'R1']);
    // R1, R2, M1, M2 and BL2 are agreed; R3 is the next one open.
    expect(code(place?.nextOpen)).toBe('R3');
  });

  it('starts again from the top after the last, and has no next open one when all else is agreed', () => {
    expect(code(agendaPlace(items, 'BL5')?.nextOpen)).toBe('S2');
    expect(agendaPlace(items, 'BL5')?.next).toBeUndefined();
    expect(agendaPlace(items, 'S2')?.previous).toBeUndefined();
    const allAgreed = items.map((item) => ({ ...item, agreed: item.aggregate.code !== 'M4' }));
    expect(agendaPlace(allAgreed, 'M4')?.nextOpen).toBeUndefined();
    expect(code(firstOpen(allAgreed))).toBe('M4');
  });

  it('does not place an expectation outside the scope', () => {
    const focus = aCycle({ scope: ['R1'] });
    expect(agendaPlace(consensusOverview(focus, [], []).items, 'M2')).toBeUndefined();
  });
});

describe('isAgreed', () => {
  it('needs a consensus with an answer; "meer informatie nodig" is an answer', () => {
    const cycle = aCycle();
    expect(isAgreed(undefined)).toBe(false);
    expect(isAgreed(anAssessment(cycle, 'R1', 'notRated'))).toBe(false);
    expect(isAgreed(anAssessment(cycle, 'R1', 'needsInformation'))).toBe(true);
    expect(isAgreed(anAssessment(cycle, 'R1', 'below'))).toBe(true);
  });
});

describe('member statements', () => {
  it('splits a text into lines without list markers', () => {
    expect(
      splitStatements('- Snelle opstart.\n\n  • Korte lijnen \r\n2) Goede opvolging\n3.5 uur per week'),
    ).toEqual(['Snelle opstart.', 'Korte lijnen', 'Goede opvolging', '3.5 uur per week']);
  });

  it('lists each member statement once, in participant order, with everyone who wrote it', () => {
    const { cycle, participants } = teamFixture();
    const { ann, bram, chris } = participants;
    const rated = (participantId: string, strengths: string) => ({
      ...anAssessment(cycle, 'S2', 'meets', { participantId }),
      strengths,
    });
    const assessments = [
      rated(chris.id, 'korte  lijnen met de scholen'),
      rated(bram.id, 'Snelle opstart\n- Korte lijnen met de scholen'),
      rated(ann.id, 'Duidelijke afspraken'),
    ];
    const own = ownAssessments('S2', assessments, [ann, bram, chris]);
    const statements = memberStatements(own, 'strengths');
    expect(statements.map((s) => [s.text, s.authors.map((author) => author.name)])).toEqual([
      ['Duidelijke afspraken', ['Ann Peeters']],
      ['Snelle opstart', ['Bram Claes']],
      ['Korte lijnen met de scholen', ['Bram Claes', 'Chris Maes']],
    ]);
    expect(memberStatements(own, 'pointsToDevelop')).toEqual([]);
  });

  it('adds picked statements on lines of their own, once, after what the team wrote', () => {
    expect(withStatements('', ['Snelle opstart', 'Korte lijnen'])).toBe('Snelle opstart\nKorte lijnen');
    expect(withStatements('  ', ['Snelle opstart'])).toBe('Snelle opstart');
    expect(withStatements('Ons team:', ['Snelle opstart'])).toBe('Ons team:\nSnelle opstart');
    expect(withStatements('Ons team:\n', ['Snelle opstart'])).toBe('Ons team:\nSnelle opstart');
    expect(withStatements('- snelle  opstart', ['Snelle opstart', 'Korte lijnen', 'Korte lijnen'])).toBe(
      '- snelle  opstart\nKorte lijnen',
    );
  });

  it('knows a statement the team already holds, even edited in case, spacing or a list marker', () => {
    expect(containsStatement('Visie:\n• Snelle  OPSTART', 'Snelle opstart')).toBe(true);
    expect(containsStatement('Snelle opstart bij alle scholen', 'Snelle opstart')).toBe(false);
  });
});

describe('agreedCount', () => {
  it('counts expectations in scope whose newest consensus holds an answer', () => {
    const cycle = aCycle({ scope: ['R1', 'R2', 'M1'] });
    const assessments = [
      anAssessment(cycle, 'R1', 'meets'),
      anAssessment(cycle, 'R2', 'notRated'),
      anAssessment(cycle, 'M1', 'below', { at: new Date('2026-01-01T10:00:00Z') }),
      anAssessment(cycle, 'M1', 'notRated', { at: new Date('2026-01-02T10:00:00Z') }),
      anAssessment(cycle, 'BL1', 'meets'),
      anAssessment(aCycle(), 'R2', 'meets'),
    ];
    expect(agreedCount(cycle, assessments)).toBe(1);
  });
});
