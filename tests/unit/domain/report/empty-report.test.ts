import { describe, expect, it } from 'vitest';
import { EXPECTATION_CODES } from '../../../../src/domain/framework/expectation-code';
import { buildReport } from '../../../../src/domain/report/build-report';
import { emptyFixture, personalFixture } from './fixture-cycle';
import { expectValidModel, reportedExpectations, sectionOf } from './model-helpers';
import { readConditions } from './vocabulary';

describe('buildReport: a cycle where nothing happened yet', () => {
  it('is still a valid model with every section present', () => {
    const { input, vocabulary } = emptyFixture();
    const model = buildReport(input, vocabulary);
    expectValidModel(model);
    expect(model.sections).toHaveLength(9);
    expect(model.subtitle).toBe('Niet ingevuld. · schooljaar 2025-2026 · teamzelfevaluatie');
  });

  it('reports every expectation as not rated by nobody, without spread, evidence or notes', () => {
    const { input, vocabulary } = emptyFixture();
    const model = buildReport(input, vocabulary);
    const expectations = reportedExpectations(model);
    expect(expectations.map((expectation) => expectation.code)).toEqual([...EXPECTATION_CODES]);
    for (const expectation of expectations) {
      expect(expectation).toMatchObject({
        rating: { id: 'notRated' },
        judgedBy: 'nobody',
        evidence: [],
        individualNotes: [],
      });
      expect(expectation).not.toHaveProperty('spread');
    }
    expect(sectionOf(model, 'summary').radar.every((axis) => axis.level === null)).toBe(true);
  });

  it('has empty lists and zero counts where there is nothing to show', () => {
    const { input, vocabulary } = emptyFixture();
    const model = buildReport(input, vocabulary);
    const development = sectionOf(model, 'qualityDevelopment');
    expect(development.facts).toEqual([
      { label: 'Deelnemers', value: '0' },
      { label: 'Bronnen', value: '0' },
      { label: 'Consensus', value: '0 van 17 verwachtingen met een gezamenlijk oordeel' },
    ]);
    expect(development.participantsByRole).toEqual([]);
    expect(development.voices).toEqual([]);
    expect(sectionOf(model, 'administration').centre.every((row) => row.value === 'Niet ingevuld.')).toBe(
      true,
    );
    expect(sectionOf(model, 'operations').conditions).toHaveLength(readConditions().length);
    expect(sectionOf(model, 'recommendations').groups.every((group) => group.items.length === 0)).toBe(true);
    expect(sectionOf(model, 'developmentPlan').actions).toEqual([]);
    const appendices = sectionOf(model, 'appendices');
    expect(appendices.evidence).toEqual([]);
    expect(appendices.participants).toEqual([]);
  });

  it('is valid with no codes chosen: every section, no expectations', () => {
    const { input, vocabulary } = emptyFixture({ codes: [] });
    const model = buildReport(input, vocabulary);
    expectValidModel(model);
    expect(model.expectationCodes).toEqual([]);
    expect(sectionOf(model, 'qualitySupport').rubrics).toEqual([]);
    expect(sectionOf(model, 'summary').radar).toEqual([]);
  });

  it('is valid for an individual cycle without a self participant', () => {
    const { input, vocabulary } = personalFixture();
    const model = buildReport({ ...input, selfParticipantId: undefined }, vocabulary);
    expectValidModel(model);
    expect(reportedExpectations(model).every((expectation) => expectation.judgedBy === 'nobody')).toBe(true);
  });
});
