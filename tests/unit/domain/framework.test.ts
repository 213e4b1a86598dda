import { describe, expect, it } from 'vitest';
import {
  findFrameworkProblems,
  neighbours,
  outlineFramework,
  type FrameworkInput,
} from '../../../src/domain/framework/framework';
import { EXPECTATION_CODES, type ExpectationCode } from '../../../src/domain/framework/expectation-code';
import type { Expectation } from '../../../src/domain/framework/expectation';
import type { EvidenceSuggestion, HelperContent } from '../../../src/domain/framework/helper-content';
import type { ScaleEntry } from '../../../src/domain/framework/scale';

function placeOf(code: ExpectationCode): Pick<Expectation, 'rubric' | 'subrubric'> {
  if (code.startsWith('R')) return { rubric: 'resultaten-en-effecten' };
  if (code.startsWith('BL')) return { rubric: 'beleid' };
  const subrubric = { V: 'visie', M: 'maatwerk', S: 'samenwerking' }[code[0] as 'V' | 'M' | 'S'];
  return { rubric: 'ontwikkeling', subrubric };
}

function expectationFor(code: ExpectationCode, index: number): Expectation {
  return { code, order: index + 1, statement: `Verwachting ${code}.`, related: [], ...placeOf(code) };
}

function helperFor(code: ExpectationCode): HelperContent {
  const suggestion: EvidenceSuggestion = {
    title: 'Bron',
    kind: 'document',
    voices: ['teachers'],
    shows: 'Iets.',
  };
  return {
    expectation: code,
    reflectionQuestions: { leerling: ['?'], leraar: ['?'], schoolteam: ['?'] },
    evidenceSuggestions: [suggestion, suggestion, suggestion],
  };
}

const scale: ScaleEntry[] = [
  { id: 'below', kind: 'level', value: 1, label: 'beneden', description: 'd' },
  { id: 'approaching', kind: 'level', value: 2, label: 'benadert', description: 'd' },
  { id: 'meets', kind: 'level', value: 3, label: 'volgens', description: 'd' },
  { id: 'exceeds', kind: 'level', value: 4, label: 'overstijgt', description: 'd' },
  { id: 'notRated', kind: 'state', label: 'nog niet', description: 'd' },
  { id: 'needsInformation', kind: 'state', label: 'meer info', description: 'd' },
  { id: 'notInFocus', kind: 'state', label: 'niet in focus', description: 'd' },
];

function validInput(): FrameworkInput {
  return {
    rubrics: [
      {
        id: 'resultaten-en-effecten',
        order: 1,
        title: 'Resultaten en effecten',
        statement: 's',
        codePrefix: 'R',
      },
      { id: 'ontwikkeling', order: 2, title: 'Ontwikkeling', statement: 's' },
      { id: 'beleid', order: 3, title: 'Beleid', statement: 's', codePrefix: 'BL' },
    ],
    subrubrics: [
      { id: 'visie', rubric: 'ontwikkeling', order: 1, title: 'Visie', codePrefix: 'V' },
      { id: 'maatwerk', rubric: 'ontwikkeling', order: 2, title: 'Maatwerk', codePrefix: 'M' },
      { id: 'samenwerking', rubric: 'ontwikkeling', order: 3, title: 'Samenwerking', codePrefix: 'S' },
    ],
    expectations: EXPECTATION_CODES.map(expectationFor),
    helpers: EXPECTATION_CODES.map(helperFor),
    glossary: [
      {
        id: 'clb',
        term: 'CLB',
        definition: 'centrum',
        source: 'referentiekader',
        quoted: true,
        related: ['pbd'],
      },
      { id: 'pbd', term: 'PBD', definition: 'dienst', source: 'referentiekader', quoted: true, related: [] },
    ],
    sources: [
      {
        id: 'referentiekader',
        title: 'Referentiekader',
        publisher: 'Onderwijsinspectie',
        published: '2023',
        file: 'referentiekader.txt',
        official: true,
      },
    ],
    scale,
    goodPracticeCriteria: [1, 2, 3, 4, 5].map((order) => ({ id: `criterion${order}`, order, label: 'c' })),
  };
}

function find<T>(items: readonly T[], predicate: (item: T) => boolean): T {
  const item = items.find(predicate);
  if (item === undefined) throw new Error('fixture item not found');
  return item;
}

describe('findFrameworkProblems', () => {
  it('finds none in a complete, consistent framework', () => {
    expect(findFrameworkProblems(validInput())).toEqual([]);
  });

  it('names a missing expectation and the wrong count', () => {
    const input = validInput();
    input.expectations = input.expectations.filter((e) => e.code !== 'M2');
    expect(findFrameworkProblems(input)).toEqual([
      'expectation M2 is missing',
      'expected 17 expectations, found 16',
    ]);
  });

  it('names a duplicated expectation', () => {
    const input = validInput();
    const m2 = find(input.expectations, (e) => e.code === 'M2');
    input.expectations = [...input.expectations, { ...m2, order: 18 }];
    expect(findFrameworkProblems(input)).toContain('expectation M2 occurs more than once');
  });

  it('names an expectation filed under a rubric that does not exist', () => {
    const input = validInput();
    input.expectations = input.expectations.map((e) =>
      e.code === 'R1' ? { ...e, rubric: 'resultaten' } : e,
    );
    expect(findFrameworkProblems(input)).toEqual(['R1 names rubric "resultaten", which does not exist']);
  });

  it('names an expectation whose code does not fit its deelrubriek', () => {
    const input = validInput();
    input.expectations = input.expectations.map((e) =>
      e.code === 'M3' ? { ...e, subrubric: 'samenwerking' } : e,
    );
    expect(findFrameworkProblems(input)).toEqual([
      'M3 does not start with "S", the code letters of its (sub)rubric',
    ]);
  });

  it('names an expectation inside Ontwikkeling without a deelrubriek', () => {
    const input = validInput();
    input.expectations = input.expectations.map((e) =>
      e.code === 'V1' ? { ...e, subrubric: undefined } : e,
    );
    expect(findFrameworkProblems(input)).toEqual([
      'V1 sits in rubric "ontwikkeling", which has subrubrics, but names none',
    ]);
  });

  it('names a deelrubriek that belongs to another rubric', () => {
    const input = validInput();
    input.expectations = input.expectations.map((e) => (e.code === 'BL1' ? { ...e, subrubric: 'visie' } : e));
    expect(findFrameworkProblems(input)).toContain(
      'BL1: subrubric "visie" belongs to rubric "ontwikkeling", not "beleid"',
    );
  });

  it('names an expectation that relates to itself and orders used twice', () => {
    const input = validInput();
    input.expectations = input.expectations.map((e) =>
      e.code === 'S1' ? { ...e, related: ['S1'], order: 1 } : e,
    );
    expect(findFrameworkProblems(input)).toEqual([
      'order 1 is given to more than one expectation',
      'S1 lists itself as related',
    ]);
  });

  it('names missing helper content, unknown glossary references and an incomplete scale', () => {
    const input = validInput();
    input.helpers = input.helpers.filter((h) => h.expectation !== 'BL5');
    input.glossary = [
      { ...find(input.glossary, (t) => t.id === 'clb'), related: ['ov4-verslag'], source: 'decreet' },
    ];
    input.scale = input.scale.filter((entry) => entry.id !== 'needsInformation');
    input.goodPracticeCriteria = input.goodPracticeCriteria.slice(0, 4);
    expect(findFrameworkProblems(input)).toEqual([
      'helper content for BL5 is missing',
      'glossary term "clb" names unknown source "decreet"',
      'glossary term "clb" relates to unknown term "ov4-verslag"',
      'scale entry "needsInformation" is missing',
      "expected the inspectorate's 5 good-practice criteria, found 4",
    ]);
  });
});

describe('outlineFramework', () => {
  it('puts every expectation once under its rubric or deelrubriek, in reading order', () => {
    const input = validInput();
    input.expectations = [...input.expectations].reverse();
    const outline = outlineFramework(input);
    expect(outline.map((r) => r.rubric.id)).toEqual(['resultaten-en-effecten', 'ontwikkeling', 'beleid']);
    const codes = outline.flatMap((r) => [
      ...r.expectations.map((e) => e.code),
      ...r.subrubrics.flatMap((s) => s.expectations.map((e) => e.code)),
    ]);
    expect(codes).toEqual([...EXPECTATION_CODES]);
    expect(outline[1]?.subrubrics.map((s) => s.expectations.length)).toEqual([1, 4, 4]);
  });
});

describe('neighbours', () => {
  const expectations = EXPECTATION_CODES.map(expectationFor);

  it('gives the previous and next expectation in reading order', () => {
    const { previous, next } = neighbours(expectations, 'M1');
    expect([previous?.code, next?.code]).toEqual(['V1', 'M2']);
  });

  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(expectations, 'R1').previous).toBeUndefined();
    expect(neighbours(expectations, 'BL5').next).toBeUndefined();
  });
});
