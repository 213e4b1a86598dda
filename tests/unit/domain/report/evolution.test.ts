import { describe, expect, it } from 'vitest';
import { createParticipant } from '../../../../src/domain/participant-schema';
import { buildReport } from '../../../../src/domain/report/build-report';
import { aCycle, anAssessment, NOW } from '../factories';
import { personalFixture, teamFixture } from './fixture-cycle';
import { expectationOf, expectValidModel, reportedExpectations, sectionOf } from './model-helpers';

/** Per expectation: its previous judgement and the change as the report words them. */
function evolutions(model: ReturnType<typeof buildReport>): Record<string, string> {
  return Object.fromEntries(
    reportedExpectations(model).map((expectation) => {
      const evolution = expectation.evolution;
      const change = evolution && `${evolution.change.label}${evolution.change.sign ?? ''}`;
      return [expectation.code, evolution ? `${evolution.previous.label} → ${change}` : 'none'];
    }),
  );
}

describe('the report of a cycle that follows up a comparable one', () => {
  it('gives every expectation its previous team level and the change in words and sign', () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport(input, vocabulary);
    expectValidModel(model);
    expect(evolutions(model)).toMatchObject({
      R1: 'benadert de verwachting → gestegen▲',
      R2: 'overstijgt de verwachting → gelijk=',
      M1: 'volgens de verwachting → gedaald▼',
      M2: 'beneden de verwachting → gelijk=',
      V1: 'volgens de verwachting → nu meer informatie nodig',
      // No team judgement then: nothing to compare with, and the report says so.
      S1: 'nog geen gezamenlijk oordeel → niet te vergelijken',
      // No team judgement now.
      R3: 'nog geen gezamenlijk oordeel → nog geen gezamenlijk oordeel',
      S4: 'niet in focus → nieuw in focus',
      BL5: 'niet in focus → nieuw in focus',
    });
    expect(expectationOf(model, 'R1').evolution).toEqual({
      schoolYear: '2024-2025',
      previous: { id: 'approaching', label: 'benadert de verwachting', level: 2 },
      change: { id: 'rose', label: 'gestegen', sign: '▲' },
    });
  });

  it('has the same in the summary table, and both years in the webdiagram', () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport(input, vocabulary);
    const summary = sectionOf(model, 'summary');
    for (const row of summary.table) {
      expect(row.evolution, row.code).toEqual(expectationOf(model, row.code).evolution);
    }
    expect(summary.comparedYears).toEqual({ current: '2025-2026', previous: '2024-2025' });
    expect(summary.radar.map((axis) => axis.previousLevel)).toEqual([
      2,
      4,
      null,
      3,
      3,
      1,
      null,
      null,
      null,
      null,
      null,
      null,
      3,
      null,
      null,
      null,
      null,
    ]);
  });

  it('compares no levels across versions of the referentiekader: no second series, every change not comparable', () => {
    const { input, vocabulary } = teamFixture();
    const previous = { ...input.previous!, cycle: { ...input.previous!.cycle, frameworkVersion: '2022' } };
    const model = buildReport({ ...input, previous }, vocabulary);
    const summary = sectionOf(model, 'summary');
    expect(summary).not.toHaveProperty('comparedYears');
    expect(summary.radar.every((axis) => !('previousLevel' in axis))).toBe(true);
    expect(expectationOf(model, 'R1').evolution?.change).toEqual({
      id: 'notComparable',
      label: 'niet te vergelijken',
    });
    expect(expectationOf(model, 'S4').evolution?.change.id).toBe('newInFocus');
  });

  it('says nothing of a previous cycle in a first cycle’s report, nor of one that is not comparable', () => {
    const { input, vocabulary } = teamFixture();
    const { previous, ...first } = input;
    const reflection = { ...previous!, cycle: { ...previous!.cycle, mode: 'individual' as const } };
    for (const report of [first, { ...input, previous: reflection }]) {
      const model = buildReport(report, vocabulary);
      expect(reportedExpectations(model).filter((expectation) => expectation.evolution)).toEqual([]);
      const summary = sectionOf(model, 'summary');
      expect(summary).not.toHaveProperty('comparedYears');
      expect(summary.table.filter((row) => row.evolution)).toEqual([]);
      expect(summary.radar.filter((axis) => 'previousLevel' in axis)).toEqual([]);
      expect(sectionOf(model, 'qualityDevelopment')).not.toHaveProperty('previousCycle');
    }
  });

  it('compares a person’s reflection with their own earlier one, never with someone else’s', () => {
    const { input, vocabulary, self } = personalFixture();
    const earlier = aCycle({
      title: 'Mijn reflectie 2024',
      schoolYear: '2024-2025',
      mode: 'individual',
      scope: input.cycle.scope,
    });
    const previousOf = (name: string) => {
      const person = createParticipant({ cycleId: earlier.id, name, role: 'supportStaff' }, NOW);
      return {
        cycle: earlier,
        actions: [],
        assessments: [anAssessment(earlier, 'R1', 'approaching', { participantId: person.id })],
        recommendations: [],
        participants: [person],
        selfParticipantId: person.id,
      };
    };
    const own = buildReport({ ...input, previous: previousOf(self.name) }, vocabulary);
    expect(expectationOf(own, 'R1').evolution?.change.id).toBe('rose');
    const other = buildReport({ ...input, previous: previousOf('Bram Claes') }, vocabulary);
    expect(expectationOf(other, 'R1')).not.toHaveProperty('evolution');
  });
});

describe('Wat deden we met de vorige zelfevaluatie?', () => {
  it('lists the previous recommendations as its report had them, each with its actions and their outcome', () => {
    const { input, vocabulary } = teamFixture();
    const previous = sectionOf(buildReport(input, vocabulary), 'qualityDevelopment').previousCycle;
    expect(previous).toMatchObject({
      heading: 'Wat deden we met de vorige zelfevaluatie?',
      title: 'Zelfevaluatie 2024-2025',
      schoolYear: '2024-2025',
    });
    const items = previous!.recommendations.map((group) => [
      group.title,
      group.items.map((item) => `${item.code}: ${item.text}`),
    ]);
    expect(items).toEqual([
      [
        'Sterke punten (borgen)',
        [
          'R2: Co-teaching in de eerste graad.',
          'V1: Gedragen visietekst.',
          'M1: Niet ingevuld.',
          'BL1: Niet ingevuld.',
        ],
      ],
      // The team's own words where it rewrote the recommendation.
      ['Ontwikkelingskansen', ['R1: Ann bevraagt de ouders elk jaar.']],
      ['Tekorten', ['M2: Signalen van scholen systematisch opvolgen.']],
    ]);
    const actionsOf = (code: string) =>
      previous!.recommendations.flatMap((group) => group.items).find((item) => item.code === code)!.actions;
    expect(actionsOf('R1')).toEqual([
      {
        title: 'Ouderbevraging',
        expectationCodes: ['R1'],
        outcome: { id: 'carriedOver', label: 'overgenomen in deze zelfevaluatie' },
        evaluation: 'Uitgesteld tot na de leersteunraad.',
        current: { status: 'lopend', evaluation: 'Vragenlijst aangepast.' },
      },
    ]);
    expect(actionsOf('M2').map((action) => [action.title, action.outcome.label])).toEqual([
      ['Map per school', 'lopend, niet overgenomen'],
      ['Screeningsinstrument kiezen', 'geschrapt'],
    ]);
    expect(previous!.otherActions).toEqual([
      {
        title: 'Website vernieuwen',
        expectationCodes: [],
        outcome: { id: 'done', label: 'afgerond' },
        evaluation: 'Online sinds april.',
      },
    ]);
  });

  it('lists the previous cycle’s recommendations as its team chose them, with the actions it linked to them', () => {
    const { input, vocabulary, previousActions } = teamFixture();
    const [rewritten] = input.previous!.recommendations;
    const chosen = {
      ...rewritten!,
      kind: 'strengths' as const,
      order: 0,
      actionIds: [previousActions.notCarried.id],
    };
    const model = buildReport(
      { ...input, previous: { ...input.previous!, recommendations: [chosen] } },
      vocabulary,
    );
    expectValidModel(model);
    const previous = sectionOf(model, 'qualityDevelopment').previousCycle!;
    const [strengths] = previous.recommendations;
    expect(strengths!.items[0]!.code).toBe('R1');
    expect(strengths!.items[0]!.actions.map((action) => action.title)).toEqual([
      'Ouderbevraging',
      'Website vernieuwen',
    ]);
    expect(previous.otherActions).toEqual([]);
  });

  it('lists the expectations whose level changed, from what to what', () => {
    const { input, vocabulary } = teamFixture();
    const previous = sectionOf(buildReport(input, vocabulary), 'qualityDevelopment').previousCycle!;
    expect(
      previous.changes.map(
        (row) =>
          `${row.code}: ${row.evolution.previous.label} → ${row.rating.label} (${row.evolution.change.id})`,
      ),
    ).toEqual([
      'R1: benadert de verwachting → volgens de verwachting (rose)',
      'V1: volgens de verwachting → meer informatie nodig (needsInformation)',
      'M1: volgens de verwachting → benadert de verwachting (fell)',
    ]);
  });

  it('keeps to the expectations chosen for the report', () => {
    const { input, vocabulary } = teamFixture({ codes: ['R1'] });
    const previous = sectionOf(buildReport(input, vocabulary), 'qualityDevelopment').previousCycle!;
    expect(previous.recommendations.flatMap((group) => group.items.map((item) => item.code))).toEqual(['R1']);
    expect(previous.otherActions.map((action) => action.title)).toEqual(['Website vernieuwen']);
    expect(previous.changes.map((row) => row.code)).toEqual(['R1']);
  });

  it('hides the names of the previous cycle’s people when names are anonymised', () => {
    const { input, vocabulary } = teamFixture({ anonymise: true });
    const previous = sectionOf(buildReport(input, vocabulary), 'qualityDevelopment').previousCycle!;
    expect(JSON.stringify(previous)).not.toContain('Ann');
    expect(JSON.stringify(previous)).toContain('Anonieme deelnemer bevraagt de ouders elk jaar.');
  });
});
