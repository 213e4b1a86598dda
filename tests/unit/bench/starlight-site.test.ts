import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Expectation } from '../../../src/domain/framework/expectation';
import { EXPECTATION_CODES } from '../../../src/domain/framework/expectation-code';
import type { HelperContent } from '../../../src/domain/framework/helper-content';
import {
  firstPage,
  markdownText,
  readExpectationTexts,
  starlightPage,
  type ExpectationText,
} from '../../bench/starlight-site';

const expectation = (
  code: 'R1' | 'M2',
  order: number,
  related: Expectation['related'] = [],
): Expectation => ({
  code,
  order,
  rubric: 'ontwikkeling',
  statement: `Verklaring van ${code}: *niet* vet.`,
  related,
});

const helper: HelperContent = {
  expectation: 'M2',
  reflectionQuestions: { leerling: ['Vraag A?'], leraar: ['Vraag B?'], schoolteam: ['Vraag C <d>?'] },
  evidenceSuggestions: [
    { title: 'Verslag_1', kind: 'document', voices: ['parents', 'pupils'], shows: 'Wat het toont.' },
  ],
};

/** A page's front matter and body, split as Starlight's loader splits them. */
function split(markdown: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

describe('the Starlight site of the side-by-side', () => {
  it('escapes the characters Markdown reads as markup, and leaves the rest as written', () => {
    expect(markdownText('a *b* _c_ [d](e) <f> `g` #h |i| \\j')).toBe(
      'a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` \\#h \\|i\\| \\\\j',
    );
    expect(markdownText('Het GC-verslag … (OV4), 3.5 & meer!')).toBe('Het GC-verslag … (OV4), 3.5 & meer!');
  });

  it("makes an expectation's page from its statement, its kwaliteitsbeeld word for word and our helper content", () => {
    const m2 = expectation('M2', 6, ['R1']);
    const text: ExpectationText = {
      expectation: m2,
      qualityImage: 'Eerste alinea met *nadruk*.\n\nTweede alinea.\n',
      helper,
    };
    const page = starlightPage(text, [expectation('R1', 1), m2]);
    const { data, body } = split(page.markdown);
    expect(page.slug).toBe('m2');
    expect(data).toEqual({
      title: `M2 — ${m2.statement}`,
      description: m2.statement,
      sidebar: { order: 6 },
    });
    // The kwaliteitsbeeld is Markdown already: quoted as it is, paragraphs kept apart.
    expect(body).toContain('## Kwaliteitsbeeld\n\n> Eerste alinea met *nadruk*.\n>\n> Tweede alinea.\n');
    expect(body).toContain('#### Leerling\n\n- Vraag A?');
    expect(body).toContain('- Vraag C \\<d\\>?');
    expect(body).toContain(
      '- **Verslag\\_1**\n  Wat het toont.\n  Soort: document; Stemmen: ouders, leerlingen',
    );
    expect(body).toContain('### Lees ook\n\n- [R1 Verklaring van R1: \\*niet\\* vet.](../r1/)');
  });

  it('leaves out the helper section and the related list when an expectation has neither', () => {
    const { body } = split(
      starlightPage({ expectation: expectation('R1', 1), qualityImage: 'Tekst.' }, []).markdown,
    );
    expect(body).toBe('\n## Kwaliteitsbeeld\n\n> Tekst.\n');
  });

  it('reads the 17 expectations of content/ in reading order, each with its helper content', () => {
    const texts = readExpectationTexts();
    expect(texts.map((t) => t.expectation.code)).toEqual([...EXPECTATION_CODES]);
    for (const text of texts)
      expect(text.helper?.expectation, text.expectation.code).toBe(text.expectation.code);
    expect(firstPage([...texts].reverse())).toBe('/r1/');
  });
});
