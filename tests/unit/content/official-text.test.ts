import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ExpectationSchema } from '../../../src/domain/framework/expectation';
import { EXPECTATION_CODES } from '../../../src/domain/framework/expectation-code';
import { GlossaryTermSchema } from '../../../src/domain/framework/glossary-term';
import { RubricSchema, SubrubricSchema } from '../../../src/domain/framework/rubric';
import { SourceSchema } from '../../../src/domain/framework/source';
import { FeatureListSchema } from '../../../src/domain/framework/context-input';
import { readMarkdownFolder, readSource, readYaml } from './read-content';
import { occursVerbatim } from './verbatim';

const referentiekader = readSource('referentiekader-kwaliteitsvolle-leersteun-2023.txt');
const expectations = readMarkdownFolder('expectations').map((file) => ({
  ...file,
  data: ExpectationSchema.parse(file.data),
}));

describe('the kwaliteitsverwachtingen and kwaliteitsbeelden', () => {
  it('are all 17, each once', () => {
    expect(expectations.map((e) => e.data.code).sort()).toEqual([...EXPECTATION_CODES].sort());
  });

  it.each(expectations.map((e) => [e.data.code, e] as const))(
    '%s: the kwaliteitsverwachting occurs word for word in the referentiekader',
    (_code, expectation) => {
      expect(occursVerbatim(expectation.data.statement, referentiekader)).toBe(true);
    },
  );

  it.each(expectations.map((e) => [e.data.code, e] as const))(
    '%s: the kwaliteitsbeeld occurs word for word in the referentiekader',
    (_code, expectation) => {
      expect(expectation.body.trim().length).toBeGreaterThan(100);
      expect(occursVerbatim(expectation.body, referentiekader)).toBe(true);
    },
  );

  it('have bodies of plain paragraphs, so Markdown cannot change a word of them', () => {
    for (const { body, data } of expectations) {
      expect(body, data.code).not.toMatch(/[*_`#<>[\]]|^\s*[-+]\s/m);
    }
  });

  it('are each followed in the source by their own kwaliteitsbeeld', () => {
    for (const { data, body } of expectations) {
      expect(occursVerbatim(`${data.code} ${data.statement} ${body}`, referentiekader), data.code).toBe(true);
    }
  });
});

describe('the rubrieken and deelrubrieken', () => {
  it('quote their lead statements word for word', () => {
    const rubrics = z.array(RubricSchema).parse(readYaml('rubrics.yaml'));
    const subrubrics = z.array(SubrubricSchema).parse(readYaml('subrubrics.yaml'));
    expect(rubrics).toHaveLength(3);
    expect(subrubrics).toHaveLength(3);
    for (const statement of [...rubrics, ...subrubrics].flatMap((r) => (r.statement ? [r.statement] : []))) {
      expect(occursVerbatim(statement, referentiekader), statement).toBe(true);
    }
  });
});

describe('context and input', () => {
  it('quote both lists of section 2 word for word', () => {
    const lists = readYaml('context-input.yaml') as Record<string, unknown>;
    for (const id of ['context', 'input']) {
      const list = FeatureListSchema.parse(lists[id]);
      for (const text of [list.intro, ...list.items]) {
        expect(occursVerbatim(text, referentiekader), text).toBe(true);
      }
    }
  });
});

describe('the glossary', () => {
  const sources = new Map(
    z
      .array(SourceSchema)
      .parse(readYaml('sources.yaml'))
      .map((s) => [s.id, s]),
  );
  const terms = z.array(GlossaryTermSchema).parse(readYaml('glossary.yaml'));

  it("contains every term of the referentiekader's toelichting, quoted", () => {
    const toelichting = [
      'leerling',
      'school',
      'CLB',
      'PBD',
      'GC',
      'IAC',
      'GC-verslag',
      'IAC-verslag',
      'OV4-verslag',
    ];
    for (const term of toelichting) {
      const entry = terms.find((t) => t.term.toLowerCase() === term.toLowerCase());
      expect(entry, term).toBeDefined();
      expect(entry?.quoted, term).toBe(true);
      expect(entry?.source, term).toBe('referentiekader');
    }
  });

  it.each(terms.filter((t) => t.quoted).map((t) => [t.term, t] as const))(
    '%s: a quoted definition occurs word for word in its source',
    (_term, term) => {
      const source = sources.get(term.source);
      expect(source).toBeDefined();
      const text = readSource(source?.file ?? '');
      for (const quote of [term.definition, ...(term.items ?? [])]) {
        expect(occursVerbatim(quote, text), quote).toBe(true);
      }
    },
  );
});

describe('the verbatim check itself', () => {
  it('rejects a changed word, even a single letter', () => {
    const statement = expectations.find((e) => e.data.code === 'M2')?.data.statement ?? '';
    expect(occursVerbatim(statement.replace('leerling', 'leerlingen'), referentiekader)).toBe(false);
    expect(occursVerbatim(statement.replace('biedt', 'bied'), referentiekader)).toBe(false);
  });
});
