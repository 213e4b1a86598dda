import { describe, expect, it } from 'vitest';
import type { ExpectationCode } from '../../../../src/domain/framework/expectation-code';
import { type Recommendation } from '../../../../src/domain/recommendation';
import { createRecommendation } from '../../../../src/domain/recommendation-schema';
import { TEST_LABELS } from './vocabulary';
import { buildReport } from '../../../../src/domain/report/build-report';
import { teamFixture } from './fixture-cycle';
import { expectValidModel, sectionOf } from './model-helpers';

describe('buildReport: recommendations', () => {
  it('groups the team’s judgements into strengths, opportunities, shortcomings and "meer informatie nodig", with the labels', () => {
    const { input, vocabulary } = teamFixture();
    const { groups } = sectionOf(buildReport(input, vocabulary), 'recommendations');
    expect(groups.map(({ kind, title, explanation }) => ({ kind, title, explanation }))).toEqual(
      (['strengths', 'opportunities', 'shortcomings', 'needsInformation'] as const).map((kind) => ({
        kind,
        ...TEST_LABELS.recommendations[kind],
      })),
    );
    // Only the consensus counts: R3, M3, S3, M4 and S2 were rated by members, not agreed by the team.
    expect(groups.map((group) => group.items.map((item) => item.code))).toEqual([
      ['R1', 'R2', 'S1', 'BL1', 'BL2'],
      ['M1'],
      ['M2'],
      ['V1'],
    ]);
  });

  it('takes the text from the judgement, the good practice at level 4, or says it is not filled in', () => {
    const { input, vocabulary } = teamFixture();
    const { groups } = sectionOf(buildReport(input, vocabulary), 'recommendations');
    const [strengths, opportunities, shortcomings, needsInformation] = groups.map((group) => group.items);
    expect(strengths![0]).toMatchObject({
      code: 'R1',
      text: 'Scholen ervaren de leersteun als snel en nabij.',
    });
    expect(strengths![1]).toMatchObject({
      code: 'R2',
      text: 'Co-teaching van leerondersteuner en leraar in elke eerste graad.',
    });
    expect(strengths![2]).toMatchObject({ code: 'S1', text: 'Niet ingevuld.' });
    expect(needsInformation![0]).toMatchObject({ code: 'V1', text: 'Niet ingevuld.' });
    expect(opportunities![0]).toMatchObject({
      code: 'M1',
      text: 'Handelingsplannen samen met de leraar opstellen.',
    });
    expect(shortcomings![0]).toMatchObject({ code: 'M2', text: 'Niet ingevuld.' });
    expect(shortcomings![0]!.statement).toMatch(/\S/);
  });

  it('links each item to the titles of this cycle’s actions on its expectation, soonest due first', () => {
    const { input, vocabulary } = teamFixture();
    const items = sectionOf(buildReport(input, vocabulary), 'recommendations').groups.flatMap(
      (group) => group.items,
    );
    const titles = (code: string) => items.find((item) => item.code === code)?.actionTitles;
    expect(titles('R1')).toEqual(['Ouderbevraging herhalen']);
    expect(titles('M1')).toEqual(['Intervisie leerondersteuners', 'Handelingsplan per leerling']);
    expect(titles('M2')).toEqual(['Handelingsplan per leerling']);
    expect(titles('S1')).toEqual([]);
  });

  it('uses the team’s own wording where it rewrote a recommendation, unless it left it blank', () => {
    const { input, vocabulary } = teamFixture();
    const rewrite = (expectationCode: ExpectationCode, text: string) =>
      createRecommendation({ cycleId: input.cycle.id, expectationCode, text });
    const recommendations = [
      rewrite('S1', '  Het team borgt de werking via een jaarlijkse evaluatie.  '),
      rewrite('M2', '   '),
      rewrite('V1', 'Eerst de visietekst met de scholen bespreken.'),
      rewrite('S4', 'Niet getoond: S4 heeft geen gezamenlijk oordeel.'),
    ];
    const model = buildReport({ ...input, recommendations }, vocabulary);
    expectValidModel(model);
    const items = sectionOf(model, 'recommendations').groups.flatMap((group) => group.items);
    expect(items.find((item) => item.code === 'S1')?.text).toBe(
      'Het team borgt de werking via een jaarlijkse evaluatie.',
    );
    expect(items.find((item) => item.code === 'M2')?.text).toBe('Niet ingevuld.');
    expect(items.find((item) => item.code === 'V1')?.text).toBe(
      'Eerst de visietekst met de scholen bespreken.',
    );
    expect(items.some((item) => item.code === 'S4')).toBe(false);
  });

  it('keeps the four groups, empty, when nothing is rated on a level', () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport({ ...input, assessments: [] }, vocabulary);
    const { groups } = sectionOf(model, 'recommendations');
    expect(groups.map((group) => [group.kind, group.items])).toEqual([
      ['strengths', []],
      ['opportunities', []],
      ['shortcomings', []],
      ['needsInformation', []],
    ]);
  });

  describe('the team’s choice', () => {
    const choose = (
      cycleId: string,
      expectationCode: ExpectationCode,
      choice: Pick<Recommendation, 'kind' | 'order' | 'actionIds'>,
    ): Recommendation => ({ ...createRecommendation({ cycleId, expectationCode, text: '' }), ...choice });

    it('puts a recommendation in the group the team chose, leaves out an omitted one and keeps the level’s proposal', () => {
      const { input, vocabulary } = teamFixture();
      const recommendations = [
        choose(input.cycle.id, 'R2', { kind: 'opportunities' }),
        choose(input.cycle.id, 'S1', { kind: 'omitted' }),
      ];
      const model = buildReport({ ...input, recommendations }, vocabulary);
      expectValidModel(model);
      const section = sectionOf(model, 'recommendations');
      expect(section.groups.map((group) => group.items.map((item) => item.code))).toEqual([
        ['R1', 'BL1', 'BL2'],
        ['R2', 'M1'],
        ['M2'],
        ['V1'],
      ]);
      const moved = section.groups[1]!.items[0]!;
      expect(moved.proposedKind).toBe('strengths');
      // In its new group its generated text is what the team should develop, not what is strong.
      expect(moved.text).toBe('Niet ingevuld.');
      expect(section.omitted.map((item) => [item.code, item.proposedKind])).toEqual([['S1', 'strengths']]);
    });

    it('orders a group by the team’s order, with the proposals after it in reading order', () => {
      const { input, vocabulary } = teamFixture();
      const recommendations = [
        choose(input.cycle.id, 'BL2', { order: 0 }),
        choose(input.cycle.id, 'M1', { kind: 'strengths', order: 1 }),
        choose(input.cycle.id, 'S1', { order: 1 }),
      ];
      const { groups } = sectionOf(buildReport({ ...input, recommendations }, vocabulary), 'recommendations');
      expect(groups[0]!.items.map((item) => item.code)).toEqual(['BL2', 'M1', 'S1', 'R1', 'R2', 'BL1']);
      expect(groups[1]!.items).toEqual([]);
    });

    it('adds the titles of the actions the team linked, ignoring a link to an action that is gone', () => {
      const { input, vocabulary, actions } = teamFixture();
      const recommendations = [
        choose(input.cycle.id, 'S1', { actionIds: [actions.general.id, crypto.randomUUID()] }),
      ];
      const items = sectionOf(
        buildReport({ ...input, recommendations }, vocabulary),
        'recommendations',
      ).groups.flatMap((group) => group.items);
      expect(items.find((item) => item.code === 'S1')?.actionTitles).toEqual([actions.general.title]);
    });

    it('suggests choosing at most five when more than five sterke punten are listed, without capping them', () => {
      const { input, vocabulary } = teamFixture();
      const fiveStrengths = sectionOf(buildReport(input, vocabulary), 'recommendations');
      expect(fiveStrengths.groups[0]!.items).toHaveLength(5);
      expect(fiveStrengths.limitNote).toBeUndefined();
      const recommendations = [choose(input.cycle.id, 'M1', { kind: 'strengths' })];
      const sixStrengths = sectionOf(
        buildReport({ ...input, recommendations }, vocabulary),
        'recommendations',
      );
      expect(sixStrengths.groups[0]!.items).toHaveLength(6);
      expect(sixStrengths.limitNote).toBe(TEST_LABELS.recommendationsLimit);
    });
  });
});
