import { describe, expect, it } from 'vitest';
import { createConditionCheck } from '../../../src/domain/condition-check-schema';
import type { ExpectationCode } from '../../../src/domain/framework/expectation-code';
import { type Recommendation } from '../../../src/domain/recommendation';
import { createRecommendation } from '../../../src/domain/recommendation-schema';
import { buildReport } from '../../../src/domain/report/build-report';
import type { ReportModel } from '../../../src/domain/report/report-model';
import { formatCalendarDate } from '../../../src/exports/calendar-date';
import { personalFixture, teamFixture } from '../domain/report/fixture-cycle';
import { reportPageSections, wordSections } from './report-formats';

/**
 * Fields that are not shown as text: ids and kinds, when something was last changed, and what only the team's
 * recommendations editor shows (the ones it left out, the suggested limit).
 */
const NOT_SHOWN = new Set(['id', 'kind', 'proposedKind', 'judgedBy', 'updatedAt', 'omitted', 'limitNote']);
const DATES = new Set(['date', 'startDate', 'dueDate']);

/** Every text of the model's sections, as a reader should find it (dates written out), with where it is. */
function itemsOf(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') {
    const key = path.split('.').at(-1) ?? '';
    const text = DATES.has(key) ? formatCalendarDate(value) : value.trim();
    return text === '' ? [] : [{ path, text }];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => itemsOf(item, `${path}.${index}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, field]) =>
    NOT_SHOWN.has(key) ? [] : itemsOf(field, `${path}.${key}`),
  );
}

/** Per section, the items of the model the report page (print) or the Word file does not show there. */
async function missing(model: ReportModel): Promise<{ print: string[]; word: string[] }> {
  const flat = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' '));
  const print = flat(reportPageSections(model));
  const word = flat(await wordSections(model));
  expect([print.length, word.length]).toEqual([model.sections.length, model.sections.length]);
  const absentFrom = (texts: string[]) =>
    model.sections.flatMap((section, index) =>
      itemsOf(section, section.id)
        .filter((item) => !(texts[index] ?? '').includes(item.text.replace(/\s+/g, ' ')))
        .map((item) => item.path),
    );
  return { print: absentFrom(print), word: absentFrom(word) };
}

describe('print (the report page) and Word carry the same report', () => {
  it('shows every section, rubriek, expectation, note, source, action and checklist item in both', async () => {
    const { input, vocabulary, cycle, evidence } = teamFixture({ includeIndividualNotes: true });
    const check = createConditionCheck({
      cycleId: cycle.id,
      conditionId: vocabulary.conditions[0]!.id,
      status: 'partly',
      note: 'Nog geen leersteunraad in het eerste jaar.',
      evidenceIds: [evidence.council.id],
    });
    const model = buildReport({ ...input, conditionChecks: [check] }, vocabulary);
    expect(await missing(model)).toEqual({ print: [], word: [] });
  });

  it('does so for a personal reflection too', async () => {
    const { input, vocabulary } = personalFixture();
    expect(await missing(buildReport(input, vocabulary))).toEqual({ print: [], word: [] });
  });

  it('lists the recommendations in the groups and order the team chose, without the omitted ones, in both', async () => {
    const { input, vocabulary, actions } = teamFixture();
    const choose = (expectationCode: ExpectationCode, choice: Partial<Recommendation>): Recommendation => ({
      ...createRecommendation({ cycleId: input.cycle.id, expectationCode, text: '' }),
      ...choice,
    });
    const recommendations = [
      choose('BL2', { kind: 'opportunities', order: 0, actionIds: [actions.general.id] }),
      choose('S1', { kind: 'omitted' }),
    ];
    const model = buildReport({ ...input, recommendations }, vocabulary);
    const at = model.sections.findIndex((section) => section.id === 'recommendations');
    for (const texts of [reportPageSections(model), await wordSections(model)]) {
      const opportunities = texts[at]!.split('Ontwikkelingskansen')[1]!.split('Tekorten')[0]!;
      expect(opportunities.indexOf('BL2')).toBeLessThan(opportunities.indexOf('M1'));
      expect(opportunities).toContain(actions.general.title);
      expect(texts[at]).not.toMatch(/\bS1\b/);
    }
  });
});
