import { describe, expect, it } from 'vitest';
import { EXPECTATION_CODES, type ExpectationCode } from '../../../../src/domain/framework/expectation-code';
import { expectationsOf } from '../../../../src/domain/framework/framework-summary';
import { buildReport } from '../../../../src/domain/report/build-report';
import { REPORT_FORMAT_VERSION } from '../../../../src/domain/report/report-format';
import { personalFixture, teamFixture } from './fixture-cycle';
import { TINY_LOGO_PNG } from '../../tiny-logo';
import { expectValidModel, reportedExpectations, sectionOf } from './model-helpers';
import { readOutline } from './vocabulary';

describe('buildReport: shape and order', () => {
  it('produces a model that passes its schema', () => {
    const { input, vocabulary } = teamFixture({ includeIndividualNotes: true, anonymise: true });
    expectValidModel(buildReport(input, vocabulary));
  });

  it('fills the top level from the cycle, the profile and the labels', () => {
    const { input, vocabulary } = teamFixture({ includeIndividualNotes: true });
    const model = buildReport(input, vocabulary);
    expect(model).toMatchObject({
      formatVersion: REPORT_FORMAT_VERSION,
      generatedAt: '2026-01-15T09:00:00.000Z',
      frameworkVersion: '2023-02',
      kind: 'team',
      title: 'Zelfevaluatierapport — Zelfevaluatie 2025-2026',
      subtitle: 'Leersteuncentrum De Brug · schooljaar 2025-2026 · teamzelfevaluatie',
      centre: 'Leersteuncentrum De Brug',
      cycle: { title: 'Zelfevaluatie 2025-2026', schoolYear: '2025-2026' },
      options: { includeIndividualNotes: true, anonymise: false },
    });
    // As Flemish readers write a date, not 2026-01-15.
    expect(model.colophon).toContain('op 15 januari 2026,');
    expect(model.colophon).toContain('2023-02');
  });

  it("says the cover has the centre's logo, by type and size, without its bytes; a personal report has none", () => {
    const logo = { type: 'image/png' as const, width: 8, height: 4, bytes: TINY_LOGO_PNG };
    const team = teamFixture();
    expect(buildReport(team.input, team.vocabulary).logo).toBeUndefined();
    const model = buildReport({ ...team.input, profile: { ...team.input.profile, logo } }, team.vocabulary);
    expect(model.logo).toEqual({ type: 'image/png', width: 8, height: 4 });
    expectValidModel(model);
    const personal = personalFixture();
    const input = { ...personal.input, profile: { ...personal.input.profile, logo } };
    expect(buildReport(input, personal.vocabulary).logo).toBeUndefined();
  });

  it('follows the outline of content for the sections, with their titles and intros', () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport(input, vocabulary);
    const outline = readOutline().sort((a, b) => a.order - b.order);
    expect(model.sections.map((section) => section.id)).toEqual([
      'overview',
      'administration',
      'qualityDevelopment',
      'qualitySupport',
      'operations',
      'summary',
      'recommendations',
      'developmentPlan',
      'appendices',
    ]);
    expect(model.sections.map(({ title, intro }) => ({ title, intro }))).toEqual(
      outline.map(({ title, intro }) => ({ title, intro })),
    );
    // The summary in front stands before section 1 and does not shift the numbers of the others.
    expect(model.sections.map((section) => section.number)).toEqual([undefined, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('orders the sections by the outline, not by the order the outline lists them in', () => {
    const { input, vocabulary } = teamFixture();
    const shuffled = { ...vocabulary, sections: [...vocabulary.sections].reverse() };
    expect(buildReport(input, shuffled).sections.map((section) => section.id)).toEqual(
      buildReport(input, vocabulary).sections.map((section) => section.id),
    );
  });

  it('reports all 17 expectations in reading order, grouped by rubriek and deelrubriek', () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport(input, vocabulary);
    expect(model.expectationCodes).toEqual([...EXPECTATION_CODES]);
    expect(reportedExpectations(model).map((expectation) => expectation.code)).toEqual([
      ...EXPECTATION_CODES,
    ]);
    const rubrics = sectionOf(model, 'qualitySupport').rubrics;
    expect(rubrics.map((rubric) => rubric.id)).toEqual(['resultaten-en-effecten', 'ontwikkeling', 'beleid']);
    expect(rubrics[1]!.expectations).toEqual([]);
    expect(rubrics[1]!.subrubrics.map((subrubric) => subrubric.id)).toEqual([
      'visie',
      'maatwerk',
      'samenwerking',
    ]);
    expect(rubrics[0]!.statement).toBe('Het leersteuncentrum bereikt resultaten en effecten.');
    const statements = expectationsOf(vocabulary.framework).map((expectation) => expectation.statement);
    expect(reportedExpectations(model).map((expectation) => expectation.statement)).toEqual(statements);
  });

  it('reports only the chosen codes that are in scope, in reading order, leaving out empty groups', () => {
    const fixture = teamFixture({ codes: ['BL2', 'M2', 'R1', 'S3', 'V1'] });
    const input = {
      ...fixture.input,
      cycle: { ...fixture.cycle, scope: [...EXPECTATION_CODES].filter((code) => code !== 'S3') },
    };
    const model = buildReport(input, fixture.vocabulary);
    expect(model.expectationCodes).toEqual(['R1', 'V1', 'M2', 'BL2']);
    const rubrics = sectionOf(model, 'qualitySupport').rubrics;
    expect(rubrics.map((rubric) => rubric.id)).toEqual(['resultaten-en-effecten', 'ontwikkeling', 'beleid']);
    expect(rubrics[1]!.subrubrics.map((subrubric) => subrubric.id)).toEqual(['visie', 'maatwerk']);
    expect(sectionOf(model, 'summary').radar.map((axis) => axis.code)).toEqual(['R1', 'V1', 'M2', 'BL2']);
    expectValidModel(model);
  });

  it('reports a focus scope only, whatever codes are asked for', () => {
    const fixture = teamFixture();
    const scope: ExpectationCode[] = ['M1', 'M2', 'M3'];
    const model = buildReport({ ...fixture.input, cycle: { ...fixture.cycle, scope } }, fixture.vocabulary);
    expect(model.expectationCodes).toEqual(['M1', 'M2', 'M3']);
    const rubrics = sectionOf(model, 'qualitySupport').rubrics;
    expect(rubrics).toHaveLength(1);
    expect(rubrics[0]!.subrubrics).toHaveLength(1);
    expect(rubrics[0]!.subrubrics[0]!.title).toBe('Maatwerk');
    expect(sectionOf(model, 'administration').cycle.at(-1)).toEqual({
      label: 'Kwaliteitsverwachtingen',
      value: 'M1, M2, M3',
    });
  });
});

describe('buildReport: summary and appendices', () => {
  it('draws one radar axis per expectation, null without a level (with the answer where one was given), and a table of the judgements', () => {
    const { input, vocabulary } = teamFixture();
    const summary = sectionOf(buildReport(input, vocabulary), 'summary');
    // The fixture follows up 2024-2025: its levels are the webdiagram's second series.
    expect(summary.radar.slice(0, 5)).toEqual([
      { code: 'R1', level: 3, previousLevel: 2 },
      { code: 'R2', level: 4, previousLevel: 4 },
      { code: 'R3', level: null, previousLevel: null },
      { code: 'V1', level: null, answer: 'meer informatie nodig', previousLevel: 3 },
      { code: 'M1', level: 2, previousLevel: 3 },
    ]);
    expect(summary.radar.find((axis) => axis.code === 'BL4')).toEqual({
      code: 'BL4',
      level: null,
      previousLevel: null,
    });
    expect(summary.table[3]).toMatchObject({
      code: 'V1',
      rating: { id: 'needsInformation', label: 'meer informatie nodig' },
    });
    expect(summary.table[3]!.rating).not.toHaveProperty('level');
  });

  it('lists the evidence on reported expectations, newest first and undated last', () => {
    const { input, vocabulary } = teamFixture();
    const appendices = sectionOf(buildReport(input, vocabulary), 'appendices');
    expect(appendices.evidence.map((item) => item.title)).toEqual([
      'Verslag leersteunraad',
      'Bevraging leraren',
      'Observatie in de klas',
      'Gesprek met ouders',
    ]);
    expect(appendices.evidence[1]).toEqual({
      title: 'Bevraging leraren',
      kind: 'bevraging',
      voices: ['leraren', 'schoolteams'],
      date: '2025-11-10',
      description: 'Online bevraging bij 240 leraren.',
      attachmentNames: ['bevraging-leraren.pdf'],
      expectationCodes: ['R1', 'R2'],
    });
    expect(appendices.evidence[0]!.link).toBe('https://example.org/leersteunraad/verslag');
    expect(appendices.evidence[3]).not.toHaveProperty('date');
  });

  it('lists the participants in the order they joined and the method', () => {
    const { input, vocabulary } = teamFixture();
    const appendices = sectionOf(buildReport(input, vocabulary), 'appendices');
    // Chris chose anonymity and is the only director: "directie" would name him.
    expect(appendices.participants).toEqual([
      { name: 'Ann Peeters', role: 'coördinator' },
      { name: 'Bram Claes', role: 'leerondersteuner' },
      { name: 'Anonieme deelnemer', role: 'rol niet vermeld' },
    ]);
    expect(appendices.method).toEqual([
      { label: 'Versie van het referentiekader', value: '2023-02' },
      {
        label: 'Ontwikkelingsschaal',
        value:
          'beneden de verwachting · benadert de verwachting · volgens de verwachting · overstijgt de verwachting',
      },
      { label: 'Werkwijze', value: 'teamzelfevaluatie' },
      { label: 'Rapport gemaakt op', value: '15 januari 2026' },
    ]);
  });

  it('narrows an evidence item’s codes to the reported ones and leaves out evidence on other expectations', () => {
    const { input, vocabulary } = teamFixture({ codes: ['R2', 'M1'] });
    const appendices = sectionOf(buildReport(input, vocabulary), 'appendices');
    expect(appendices.evidence.map((item) => [item.title, item.expectationCodes])).toEqual([
      ['Verslag leersteunraad', ['R2']],
      ['Bevraging leraren', ['R2']],
      ['Observatie in de klas', ['R2']],
      ['Gesprek met ouders', ['M1']],
    ]);
  });
});
