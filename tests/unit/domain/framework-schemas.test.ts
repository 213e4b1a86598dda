import { describe, expect, it } from 'vitest';
import { ExpectationSchema } from '../../../src/domain/framework/expectation';
import { HelperContentSchema } from '../../../src/domain/framework/helper-content';
import { GlossaryTermSchema } from '../../../src/domain/framework/glossary-term';
import { ScaleEntrySchema } from '../../../src/domain/framework/scale-schema';
import { SubrubricSchema } from '../../../src/domain/framework/rubric';

const expectation = {
  code: 'M2',
  order: 6,
  rubric: 'ontwikkeling',
  subrubric: 'maatwerk',
  statement:
    'Het leersteuncentrum biedt leersteun die aansluit bij de onderwijs- en ondersteuningsbehoeften van de leerling.',
  related: ['M1'],
};

const helper = {
  expectation: 'M2',
  reflectionQuestions: { leerling: ['Vraag?'], leraar: ['Vraag?'], schoolteam: ['Vraag?'] },
  evidenceSuggestions: [1, 2, 3].map((n) => ({
    title: `Bron ${n}`,
    kind: 'document',
    voices: ['parents'],
    shows: 'Wat de bron toont.',
  })),
};

describe('ExpectationSchema', () => {
  it('accepts a well-formed expectation and defaults related to none', () => {
    expect(ExpectationSchema.parse(expectation).code).toBe('M2');
    const { related: _related, ...withoutRelated } = expectation;
    expect(ExpectationSchema.parse(withoutRelated).related).toEqual([]);
  });

  it.each([
    ['an unknown code', { code: 'M5' }],
    ['a lower-case code', { code: 'm2' }],
    ['an order beyond 17', { order: 18 }],
    ['an empty statement', { statement: '   ' }],
    ['a rubric id with spaces', { rubric: 'Resultaten en effecten' }],
    ['a related code that does not exist', { related: ['X1'] }],
  ])('rejects %s', (_case, change) => {
    expect(ExpectationSchema.safeParse({ ...expectation, ...change }).success).toBe(false);
  });

  it('rejects a missing statement', () => {
    const { statement: _statement, ...rest } = expectation;
    expect(ExpectationSchema.safeParse(rest).success).toBe(false);
  });
});

describe('HelperContentSchema', () => {
  it('accepts well-formed helper content', () => {
    expect(HelperContentSchema.parse(helper).expectation).toBe('M2');
  });

  it.each([
    [
      'no questions for one support level',
      { reflectionQuestions: { ...helper.reflectionQuestions, leraar: [] } },
    ],
    [
      'fewer than three evidence suggestions',
      { evidenceSuggestions: helper.evidenceSuggestions.slice(0, 2) },
    ],
    [
      'an unknown evidence kind',
      { evidenceSuggestions: helper.evidenceSuggestions.map((s) => ({ ...s, kind: 'enquete' })) },
    ],
    [
      'an unknown voice',
      { evidenceSuggestions: helper.evidenceSuggestions.map((s) => ({ ...s, voices: ['buren'] })) },
    ],
    [
      'a suggestion without voices',
      { evidenceSuggestions: helper.evidenceSuggestions.map((s) => ({ ...s, voices: [] })) },
    ],
  ])('rejects %s', (_case, change) => {
    expect(HelperContentSchema.safeParse({ ...helper, ...change }).success).toBe(false);
  });
});

describe('GlossaryTermSchema', () => {
  const term = {
    id: 'gc-verslag',
    term: 'GC-verslag',
    definition: 'verslag …',
    source: 'referentiekader',
    quoted: true,
  };

  it('accepts a term and defaults related to none', () => {
    expect(GlossaryTermSchema.parse(term).related).toEqual([]);
  });

  it('rejects an id that cannot serve as an anchor', () => {
    const result = GlossaryTermSchema.safeParse({ ...term, id: 'GC verslag' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('kleine letters');
  });

  it('rejects a term that does not say whether it is quoted', () => {
    const { quoted: _quoted, ...rest } = term;
    expect(GlossaryTermSchema.safeParse(rest).success).toBe(false);
  });
});

describe('ScaleEntrySchema', () => {
  it('accepts a level with a value and a state without one', () => {
    expect(
      ScaleEntrySchema.parse({ id: 'meets', kind: 'level', value: 3, label: 'volgens', description: 'd' })
        .kind,
    ).toBe('level');
    expect(
      ScaleEntrySchema.parse({ id: 'notInFocus', kind: 'state', label: 'niet in focus', description: 'd' })
        .kind,
    ).toBe('state');
  });

  it('rejects a state posing as a level, and a level beyond 4', () => {
    expect(
      ScaleEntrySchema.safeParse({ id: 'notRated', kind: 'level', value: 0, label: 'x', description: 'd' })
        .success,
    ).toBe(false);
    expect(
      ScaleEntrySchema.safeParse({ id: 'exceeds', kind: 'level', value: 5, label: 'x', description: 'd' })
        .success,
    ).toBe(false);
  });
});

describe('SubrubricSchema', () => {
  it('requires the code letters of its expectations', () => {
    expect(
      SubrubricSchema.safeParse({ id: 'visie', rubric: 'ontwikkeling', order: 1, title: 'Visie' }).success,
    ).toBe(false);
  });
});
