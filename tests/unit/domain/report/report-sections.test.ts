import { describe, expect, it } from 'vitest';
import { EXPECTATION_CODES } from '../../../../src/domain/framework/expectation-code';
import { createConditionCheck } from '../../../../src/domain/condition-check-schema';
import { createSchoolYearFigures } from '../../../../src/domain/school-year-figures';
import { TEST_LABELS } from './vocabulary';
import { buildReport } from '../../../../src/domain/report/build-report';
import { teamFixture } from './fixture-cycle';
import { sectionOf } from './model-helpers';
import { readConditions } from './vocabulary';

describe('buildReport: administration', () => {
  it('lists the profile with blank fields as "niet ingevuld" and support types in their order', () => {
    const { input, vocabulary } = teamFixture();
    const { centre } = sectionOf(buildReport(input, vocabulary), 'administration');
    expect(centre).toEqual([
      { label: TEST_LABELS.profile.name, value: 'Leersteuncentrum De Brug' },
      { label: TEST_LABELS.profile.institutionNumber, value: 'Niet ingevuld.' },
      { label: TEST_LABELS.profile.address, value: 'Niet ingevuld.' },
      { label: TEST_LABELS.profile.governingBody, value: 'Niet ingevuld.' },
      { label: TEST_LABELS.profile.directorName, value: 'Niet ingevuld.' },
      { label: TEST_LABELS.profile.contactEmail, value: 'Niet ingevuld.' },
      { label: TEST_LABELS.profile.contactPhone, value: 'Niet ingevuld.' },
      { label: TEST_LABELS.profile.workingArea, value: 'Zuid-West-Vlaanderen, 14 gemeenten.' },
      { label: TEST_LABELS.profile.schoolsServed, value: '62 scholen basis- en secundair onderwijs.' },
      { label: TEST_LABELS.profile.teamComposition, value: 'Niet ingevuld.' },
      { label: TEST_LABELS.profile.supportTypes, value: 'basisaanbod, type 2, type 9' },
      {
        label: TEST_LABELS.profile.structuralPartnerships,
        value: 'Samenwerking met LSC Horizon voor type 4, 6 en 7.',
      },
      { label: TEST_LABELS.profile.supportCouncil, value: 'Elke school is vertegenwoordigd.' },
      { label: TEST_LABELS.profile.otherContext, value: 'Niet ingevuld.' },
    ]);
  });

  it("shows the figures of the cycle's school year beside the previous year's, dates as Flemish readers write them", () => {
    const { input, vocabulary } = teamFixture();
    const schoolYearFigures = [
      {
        ...createSchoolYearFigures('2025-2026'),
        supportCouncilDate: '2026-06-11',
        pupils: { gc: { basisaanbod: 336, 'type-9': 47 }, iac: {}, ov4: {} },
        fte: 38.75,
      },
      {
        ...createSchoolYearFigures('2024-2025'),
        pupils: { gc: { basisaanbod: 310 }, iac: { 'type-2': 4 }, ov4: {} },
        fte: 36,
      },
      { ...createSchoolYearFigures('2023-2024'), trajectories: 999 },
    ];
    const { figures } = sectionOf(buildReport({ ...input, schoolYearFigures }, vocabulary), 'administration');
    expect(figures.columns).toEqual(['Gegeven', '2025-2026', '2024-2025']);
    expect(figures.rows.map((row) => [row.label, row.current, row.previous])).toEqual([
      ['Leersteunraad besprak de zelfevaluatie op', '11 juni 2026', 'Niet ingevuld.'],
      ['Leerlingen met een GC-verslag, samen', '383', '310'],
      ['Leerlingen met een GC-verslag, basisaanbod', '336', '310'],
      ['Leerlingen met een GC-verslag, type 9', '47', 'Niet ingevuld.'],
      ['Leerlingen met een IAC-verslag, samen', 'Niet ingevuld.', '4'],
      ['Leerlingen met een IAC-verslag, type 2', 'Niet ingevuld.', '4'],
      ['Leerlingen met een OV4-verslag, samen', 'Niet ingevuld.', 'Niet ingevuld.'],
      ['Trajecten', 'Niet ingevuld.', 'Niet ingevuld.'],
      ['Leerondersteuners (personen)', 'Niet ingevuld.', 'Niet ingevuld.'],
      ['Leerondersteuners (VTE)', '38,75', '36'],
    ]);
  });

  it('lists the cycle with its period, mode, status and scope', () => {
    const { input, vocabulary } = teamFixture();
    const { cycle } = sectionOf(buildReport(input, vocabulary), 'administration');
    expect(cycle).toEqual([
      { label: 'Zelfevaluatie', value: 'Zelfevaluatie 2025-2026' },
      { label: 'Schooljaar', value: '2025-2026' },
      { label: 'Periode', value: '1 september 2025 – 30 juni 2026' },
      { label: 'Werkwijze', value: 'teamzelfevaluatie' },
      { label: 'Fase', value: 'opvolging' },
      { label: 'Kwaliteitsverwachtingen', value: EXPECTATION_CODES.join(', ') },
    ]);
  });

  it('says "niet ingevuld" for a period without dates', () => {
    const fixture = teamFixture();
    const { startDate: _start, endDate: _end, ...cycle } = fixture.cycle;
    const model = buildReport({ ...fixture.input, cycle }, fixture.vocabulary);
    expect(sectionOf(model, 'administration').cycle[2]).toEqual({
      label: 'Periode',
      value: 'Niet ingevuld.',
    });
  });
});

describe('buildReport: quality development', () => {
  it('counts participants, evidence and consensus, and names the previous cycle', () => {
    const { input, vocabulary } = teamFixture();
    const section = sectionOf(buildReport(input, vocabulary), 'qualityDevelopment');
    expect(section.facts).toEqual([
      { label: 'Deelnemers', value: '3' },
      { label: 'Bronnen', value: '5' },
      { label: 'Consensus', value: '8 van 17 verwachtingen met een gezamenlijk oordeel' },
      { label: 'Vorige zelfevaluatie', value: 'Zelfevaluatie 2024-2025 (2024-2025)' },
    ]);
  });

  it('counts only consensus on a reported expectation with an answer', () => {
    const fixture = teamFixture({ codes: ['R1', 'R2', 'R3'] });
    const r2 = fixture.input.assessments.find((a) => a.expectationCode === 'R2' && a.kind === 'consensus')!;
    const assessments = [
      ...fixture.input.assessments.filter((a) => a !== r2),
      { ...r2, rating: 'notRated' as const },
    ];
    const model = buildReport({ ...fixture.input, assessments }, fixture.vocabulary);
    expect(sectionOf(model, 'qualityDevelopment').facts[2]!.value).toBe(
      '1 van 3 verwachtingen met een gezamenlijk oordeel',
    );
  });

  it('counts participants by role and evidence by voice, leaving out what is absent', () => {
    const { input, vocabulary } = teamFixture();
    const section = sectionOf(buildReport(input, vocabulary), 'qualityDevelopment');
    expect(section.participantsByRole).toEqual([
      { role: 'coördinator', count: 1 },
      { role: 'leerondersteuner', count: 1 },
      { role: 'directie', count: 1 },
    ]);
    expect(section.voices).toEqual([
      { voice: 'leerlingen', count: 1 },
      { voice: 'ouders', count: 1 },
      { voice: 'leraren', count: 2 },
      { voice: 'schoolteams', count: 1 },
      { voice: 'directies', count: 1 },
      { voice: 'partners', count: 1 },
    ]);
  });

  it('leaves out the previous cycle when there is none', () => {
    const { input, vocabulary } = teamFixture();
    const { previous: _previous, ...withoutPrevious } = input;
    const section = sectionOf(buildReport(withoutPrevious, vocabulary), 'qualityDevelopment');
    expect(section).not.toHaveProperty('previousCycle');
    expect(section.facts.map((fact) => fact.label)).toEqual(['Deelnemers', 'Bronnen', 'Consensus']);
  });
});

describe('buildReport: operations', () => {
  it('names where each condition comes from: the source and the slide or article', () => {
    const { input, vocabulary } = teamFixture();
    const { conditions } = sectionOf(buildReport(input, vocabulary), 'operations');
    expect(conditions.find((condition) => condition.title === 'Enkel voor leersteun')?.source).toBe(
      'Bron: Decreet leersteun: algemeen (presentatie), dia "Financiering (1)", onder "Aanwending".',
    );
  });

  it('lists every condition of content in order, not yet assessed', () => {
    const { input, vocabulary } = teamFixture();
    const { conditions } = sectionOf(buildReport(input, vocabulary), 'operations');
    expect(conditions.map((condition) => condition.title)).toEqual(readConditions().map((c) => c.title));
    expect(conditions).toHaveLength(readConditions().length);
    for (const condition of conditions) {
      expect(condition).toMatchObject({ status: 'nog niet nagegaan', note: '', evidenceTitles: [] });
    }
  });

  it('shows the team’s checks when they are given, with the titles of evidence that exists', () => {
    const fixture = teamFixture();
    const conditionChecks = [
      createConditionCheck({
        cycleId: fixture.cycle.id,
        conditionId: 'supportCouncil',
        status: 'inOrder',
        note: 'Vergadert driemaal per jaar.',
        evidenceIds: [fixture.evidence.council.id, crypto.randomUUID()],
      }),
    ];
    const { conditions } = sectionOf(
      buildReport({ ...fixture.input, conditionChecks }, fixture.vocabulary),
      'operations',
    );
    expect(conditions.find((condition) => condition.title === 'Leersteunraad')).toMatchObject({
      title: 'Leersteunraad',
      status: 'in orde',
      note: 'Vergadert driemaal per jaar.',
      evidenceTitles: ['Verslag leersteunraad'],
    });
    expect(conditions[0]!.status).toBe('nog niet nagegaan');
  });
});
