import { describe, expect, it } from 'vitest';
import { createConditionCheck } from '../../../../src/domain/condition-check-schema';
import type { ExpectationCode } from '../../../../src/domain/framework/expectation-code';
import { type Recommendation } from '../../../../src/domain/recommendation';
import { createRecommendation } from '../../../../src/domain/recommendation-schema';
import { buildReport } from '../../../../src/domain/report/build-report';
import { OVERVIEW_TEXT_LENGTH, shortText } from '../../../../src/domain/report/overview';
import { emptyFixture, personalFixture, teamFixture } from './fixture-cycle';
import { expectValidModel, sectionOf } from './model-helpers';

/** The team's choice for an expectation: its group, place and own words. */
function choice(
  cycleId: string,
  expectationCode: ExpectationCode,
  fields: Partial<Pick<Recommendation, 'kind' | 'order' | 'text'>>,
): Recommendation {
  return { ...createRecommendation({ cycleId, expectationCode, text: '' }), ...fields };
}

describe('shortText', () => {
  it('keeps a short text whole, on one line', () => {
    expect(shortText('  Ouders\nvaker   bevragen. ', 40)).toBe('Ouders vaker bevragen.');
  });

  it('cuts a long text after its last whole word, without a dangling comma, and says so with "…"', () => {
    const text = 'Handelingsplannen samen met de leraar, de ouders en het CLB opstellen en opvolgen.';
    const short = shortText(text, 40);
    expect(short).toBe('Handelingsplannen samen met de leraar…');
    expect([...short].length).toBeLessThanOrEqual(40);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
  });

  it('keeps the last word when the cut falls right after it', () => {
    expect(shortText('een twee drie vier', 9)).toBe('een twee…');
  });

  it('cuts inside a word only when the first word alone is too long', () => {
    expect(shortText('Kwaliteitsontwikkelingsbeleidsplan opmaken', 12)).toBe('Kwaliteitso…');
  });
});

describe('buildReport: the summary in front (In één oogopslag)', () => {
  it('comes first, without a number, and the sections after it keep theirs', () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport(input, vocabulary);
    expectValidModel(model);
    expect(model.sections[0]).toMatchObject({ id: 'overview', title: 'In één oogopslag' });
    expect(model.sections[0]).not.toHaveProperty('number');
    expect(model.sections[1]).toMatchObject({ id: 'administration', number: 1 });
  });

  it('puts each reported code in its level’s column per rubriek and deelrubriek, with the totals', () => {
    const { input, vocabulary } = teamFixture();
    const { levels } = sectionOf(buildReport(input, vocabulary), 'overview');
    expect(levels.groupColumn).toBe('Rubriek');
    expect(levels.columns).toEqual([
      { label: 'overstijgt de verwachting', short: '4' },
      { label: 'volgens de verwachting', short: '3' },
      { label: 'benadert de verwachting', short: '2' },
      { label: 'beneden de verwachting', short: '1' },
      { label: 'zonder niveau', short: 'zonder niveau' },
    ]);
    expect(levels.legend).toBe(
      '4 = overstijgt de verwachting · 3 = volgens de verwachting · 2 = benadert de verwachting · 1 = beneden de verwachting',
    );
    // Ontwikkeling has no expectations of its own: only its deelrubrieken have a row.
    expect(levels.rows).toEqual([
      { group: 'Resultaten en effecten', cells: [['R2'], ['R1'], [], [], ['R3']] },
      { group: 'Ontwikkeling: Visie', cells: [[], [], [], [], ['V1']] },
      { group: 'Ontwikkeling: Maatwerk', cells: [[], [], ['M1'], ['M2'], ['M3', 'M4']] },
      { group: 'Ontwikkeling: Samenwerking', cells: [[], ['S1'], [], [], ['S2', 'S3', 'S4']] },
      { group: 'Beleid', cells: [[], ['BL1', 'BL2'], [], [], ['BL3', 'BL4', 'BL5']] },
    ]);
    expect(levels.totals).toEqual({ label: 'Aantal', counts: [1, 4, 1, 1, 10] });
  });

  it('lists the sterke punten and the priorities as the team chose them: tekorten first, each group in the team’s order', () => {
    const { input, vocabulary } = teamFixture();
    const recommendations = [
      choice(input.cycle.id, 'BL2', { kind: 'strengths', order: 0 }),
      choice(input.cycle.id, 'R1', { kind: 'omitted' }),
      choice(input.cycle.id, 'S1', { kind: 'opportunities', order: 0, text: 'Overleg met het CLB plannen.' }),
    ];
    const overview = sectionOf(buildReport({ ...input, recommendations }, vocabulary), 'overview');
    expect(overview.strengths).toEqual({
      title: 'Sterke punten',
      items: [
        { code: 'BL2', text: 'Niet ingevuld.' },
        { code: 'R2', text: 'Co-teaching van leerondersteuner en leraar in elke eerste graad.' },
        { code: 'BL1', text: 'Niet ingevuld.' },
      ],
    });
    expect(overview.priorities).toEqual({
      title: 'Prioriteiten: tekorten en ontwikkelingskansen',
      items: [
        { code: 'M2', text: 'Niet ingevuld.', mark: 'tekort' },
        { code: 'S1', text: 'Overleg met het CLB plannen.' },
        { code: 'M1', text: 'Handelingsplannen samen met de leraar opstellen.' },
      ],
    });
  });

  it('shows at most five of each, says how many more the recommendations hold, and cuts long texts at a word', () => {
    const { input, vocabulary } = teamFixture();
    const long = `${'Met de scholen een gedragen werking uitbouwen die '.repeat(4)}ook volgend jaar standhoudt.`;
    const recommendations = [
      choice(input.cycle.id, 'M1', { kind: 'strengths', text: long }),
      choice(input.cycle.id, 'M2', { kind: 'strengths' }),
    ];
    const model = buildReport({ ...input, recommendations }, vocabulary);
    const { strengths } = sectionOf(model, 'overview');
    const full = sectionOf(model, 'recommendations').groups.find((group) => group.kind === 'strengths');
    expect(full?.items).toHaveLength(7);
    expect(strengths?.items.map((item) => item.code)).toEqual(['R1', 'R2', 'M1', 'M2', 'S1']);
    expect(strengths?.more).toBe('En nog 2 bij de aanbevelingen.');
    const cut = strengths?.items.find((item) => item.code === 'M1')?.text ?? '';
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(OVERVIEW_TEXT_LENGTH);
    expect(long.startsWith(`${cut.slice(0, -1)} `)).toBe(true);
    // The full text stays in the recommendations.
    expect(full?.items.find((item) => item.code === 'M1')?.text).toBe(long);
  });

  it('counts the conditions per status, "nog niet nagegaan" last', () => {
    const { input, vocabulary, cycle } = teamFixture();
    const conditionChecks = [
      createConditionCheck({ cycleId: cycle.id, conditionId: 'supportCouncil', status: 'inOrder', note: '' }),
      createConditionCheck({
        cycleId: cycle.id,
        conditionId: 'informationPoint',
        status: 'partly',
        note: '',
      }),
      createConditionCheck({
        cycleId: input.previous!.cycle.id,
        conditionId: 'meansOnlyForSupport',
        status: 'notInOrder',
        note: '',
      }),
    ];
    const { operations } = sectionOf(buildReport({ ...input, conditionChecks }, vocabulary), 'overview');
    const total = vocabulary.conditions.length;
    expect(operations).toEqual({
      title: 'Werking en regelgeving',
      counts: [
        { status: 'in orde', count: 1 },
        { status: 'deels in orde', count: 1 },
        { status: 'niet in orde', count: 0 },
        { status: 'niet van toepassing', count: 0 },
        { status: 'nog niet nagegaan', count: total - 2 },
      ],
    });
  });

  it('says who took part by role and which voices the sources carry', () => {
    const { input, vocabulary } = teamFixture();
    const { participation } = sectionOf(buildReport(input, vocabulary), 'overview');
    expect(participation).toEqual({
      title: 'Wie deed mee',
      rows: [
        { label: 'Deelnemers', value: '3 (coördinator 1, leerondersteuner 1, directie 1)' },
        {
          label: 'Stemmen in de bronnen',
          value: 'leerlingen 1, ouders 1, leraren 2, schoolteams 1, directies 1, partners 1',
        },
      ],
    });
  });

  it('names the codes per change since the comparable previous cycle', () => {
    const { input, vocabulary } = teamFixture();
    const { evolution } = sectionOf(buildReport(input, vocabulary), 'overview');
    expect(evolution?.title).toBe('Evolutie sinds 2024-2025');
    expect(evolution?.rows.map((row) => [row.change.id, row.change.sign, row.codes])).toEqual([
      ['rose', '▲', ['R1']],
      ['same', '=', ['R2', 'M2', 'BL1']],
      ['fell', '▼', ['M1']],
      ['newInFocus', undefined, ['S4', 'BL5']],
      ['needsInformation', undefined, ['V1']],
      ['noTeamJudgement', undefined, ['R3', 'M3', 'M4', 'S2', 'S3', 'BL3', 'BL4']],
      ['notComparable', undefined, ['S1', 'BL2']],
    ]);
  });

  it('degrades in a cycle where nothing happened: every code without a level, empty lists, nothing checked, no evolution', () => {
    const { input, vocabulary } = emptyFixture();
    const overview = sectionOf(buildReport(input, vocabulary), 'overview');
    expect(overview.levels.totals.counts).toEqual([0, 0, 0, 0, 17]);
    expect(overview.strengths).toEqual({ title: 'Sterke punten', items: [] });
    expect(overview.priorities?.items).toEqual([]);
    expect(overview.operations?.counts.at(-1)).toEqual({
      status: 'nog niet nagegaan',
      count: vocabulary.conditions.length,
    });
    expect(overview.participation?.rows).toContainEqual({
      label: 'Stemmen in de bronnen',
      value: 'nog geen bronnen met een stem',
    });
    expect(overview).not.toHaveProperty('evolution');
  });

  it('in a personal report has only the person’s levels: no team lists, checklist or participants', () => {
    const { input, vocabulary } = personalFixture();
    const model = buildReport(input, vocabulary);
    expectValidModel(model);
    const overview = sectionOf(model, 'overview');
    expect(overview.title).toBe('In één oogopslag');
    expect(overview.intro).toMatch(/^Mijn reflectie/);
    expect(overview.levels.totals.counts.reduce((sum, count) => sum + count, 0)).toBe(
      model.expectationCodes.length,
    );
    for (const part of ['strengths', 'priorities', 'operations', 'participation'] as const) {
      expect(overview).not.toHaveProperty(part);
    }
  });
});
