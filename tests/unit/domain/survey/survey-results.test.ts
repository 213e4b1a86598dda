import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymityThreshold } from '../../../../src/domain/survey/anonymity';
import {
  addTallies,
  answerCount,
  summarizeBreakdown,
  summarizeItem,
  tallyItem,
  type ItemTally,
} from '../../../../src/domain/survey/item-result';
import { summarizeSurvey } from '../../../../src/domain/survey/survey-results';
import { AGREE_SCALE, aResponse } from './survey-factories';

const ITEM = 'ouder-tevreden';
const OTHER = 'ouder-leren-beter';
const OPEN = [{ id: 'ouder-open-anders', question: 'Wat zou je graag anders zien?' }];

/** Responses giving these answers to ITEM, in this order. */
const answering = (...answers: string[]) => answers.map((answer) => aResponse({ [ITEM]: answer }));

describe('summarizeItem, checked by hand', () => {
  it('counts six answers: the distribution, "weet ik niet" apart, the share that agrees', () => {
    const responses = answering('agree', 'agree', 'ratherAgree', 'disagree', 'dontKnow', 'ratherDisagree');
    const result = summarizeItem(tallyItem(ITEM, responses, AGREE_SCALE), AGREE_SCALE);
    expect(result).toEqual({
      shown: true,
      answers: 6,
      onScale: 5,
      dontKnow: 1,
      distribution: [
        { optionId: 'disagree', count: 1 },
        { optionId: 'ratherDisagree', count: 1 },
        { optionId: 'ratherAgree', count: 1 },
        { optionId: 'agree', count: 2 },
      ],
      // Three of the five answers on the scale agree; "weet ik niet" is not in the denominator.
      agreeShare: 3 / 5,
    });
  });

  it('shows five answers that are all "weet ik niet" without a share that agrees', () => {
    const result = summarizeItem(
      tallyItem(ITEM, answering(...Array(5).fill('dontKnow')), AGREE_SCALE),
      AGREE_SCALE,
    );
    expect(result).toMatchObject({ shown: true, answers: 5, onScale: 0, dontKnow: 5 });
    expect(result).not.toHaveProperty('agreeShare');
  });

  it('shows nothing at all of four answers, not even how many', () => {
    const tally = tallyItem(ITEM, answering('agree', 'agree', 'agree', 'disagree'), AGREE_SCALE);
    expect(summarizeItem(tally, AGREE_SCALE)).toEqual({ shown: false });
  });

  it('does not count a statement left open, another statement, or an answer that is not on the scale', () => {
    const responses = [
      ...answering('agree', 'agree', 'agree', 'agree'),
      aResponse({ [OTHER]: 'agree' }),
      aResponse({ [ITEM]: 'yes' }),
    ];
    expect(answerCount(tallyItem(ITEM, responses, AGREE_SCALE))).toBe(4);
  });

  it('takes a lower threshold down to three, never below', () => {
    const tally = tallyItem(ITEM, answering('agree', 'agree', 'disagree'), AGREE_SCALE);
    expect(summarizeItem(tally, AGREE_SCALE, 3).shown).toBe(true);
    expect(summarizeItem(tally, AGREE_SCALE, 2).shown).toBe(true);
    expect(
      summarizeItem(tallyItem(ITEM, answering('agree', 'agree'), AGREE_SCALE), AGREE_SCALE, 1).shown,
    ).toBe(false);
    expect(anonymityThreshold(0)).toBe(3);
    expect(anonymityThreshold(Number.NaN)).toBe(5);
    expect(anonymityThreshold()).toBe(5);
  });
});

describe('summarizeBreakdown, checked by hand', () => {
  const tally = (agree: number, disagree = 0, dontKnow = 0): ItemTally => ({
    counts: { disagree, ratherDisagree: 0, ratherAgree: 0, agree },
    dontKnow,
  });

  it('hides a second school when the first is hidden and the total minus the second would give it away', () => {
    // School A has 3 answers (hidden); B 6 and C 9. Showing B and C beside the total 18 would give A as 18 − 15.
    const breakdown = summarizeBreakdown(
      [
        { key: 'A', tally: tally(3) },
        { key: 'B', tally: tally(4, 2) },
        { key: 'C', tally: tally(5, 3, 1) },
      ],
      AGREE_SCALE,
    );
    expect(breakdown.total).toMatchObject({ shown: true, answers: 18 });
    expect(breakdown.parts.map((part) => [part.key, part.result.shown])).toEqual([
      ['A', false],
      ['B', false],
      ['C', true],
    ]);
  });

  it('shows every part when none is below the threshold', () => {
    const breakdown = summarizeBreakdown(
      [
        { key: 'A', tally: tally(5) },
        { key: 'B', tally: tally(2, 3) },
      ],
      AGREE_SCALE,
    );
    expect(breakdown.parts.every((part) => part.result.shown)).toBe(true);
  });

  it('keeps two hidden parts hidden when together they hold enough answers to be a result of their own', () => {
    const breakdown = summarizeBreakdown(
      [
        { key: 'A', tally: tally(3) },
        { key: 'B', tally: tally(0, 4) },
        { key: 'C', tally: tally(6) },
      ],
      AGREE_SCALE,
    );
    expect(breakdown.parts.map((part) => part.result.shown)).toEqual([false, false, true]);
  });
});

describe('suppression properties', () => {
  const aTally: fc.Arbitrary<ItemTally> = fc
    .record({
      disagree: fc.nat(6),
      ratherDisagree: fc.nat(6),
      ratherAgree: fc.nat(6),
      agree: fc.nat(6),
      dontKnow: fc.nat(3),
    })
    .map(({ dontKnow, ...counts }) => ({ counts, dontKnow }));
  const someParts = fc.uniqueArray(
    fc.record({ key: fc.string({ minLength: 1, maxLength: 4 }), tally: aTally }),
    {
      selector: (part) => part.key,
      maxLength: 7,
    },
  );
  const aThreshold = fc.integer({ min: -2, max: 12 });

  it('never shows a result of fewer answers than the threshold, and never one below three', () => {
    fc.assert(
      fc.property(aTally, aThreshold, (tally, threshold) => {
        const result = summarizeItem(tally, AGREE_SCALE, threshold);
        expect(result.shown).toBe(answerCount(tally) >= Math.max(3, threshold));
        if (!result.shown) expect(Object.keys(result)).toEqual(['shown']);
      }),
    );
  });

  it('leaves nothing to subtract: the total minus the shown parts is nothing or at least the threshold', () => {
    fc.assert(
      fc.property(someParts, aThreshold, (parts, threshold) => {
        const minimum = anonymityThreshold(threshold);
        const breakdown = summarizeBreakdown(parts, AGREE_SCALE, threshold);
        const shownKeys = new Set(
          breakdown.parts.filter((part) => part.result.shown).map((part) => part.key),
        );
        for (const part of parts) {
          if (answerCount(part.tally) < minimum) expect(shownKeys.has(part.key)).toBe(false);
        }
        if (breakdown.total.shown) {
          const rest = answerCount(
            addTallies(parts.filter((part) => !shownKeys.has(part.key)).map((part) => part.tally)),
          );
          expect(rest === 0 || rest >= minimum).toBe(true);
        } else {
          expect(answerCount(addTallies(parts.map((part) => part.tally)))).toBeLessThan(minimum);
        }
        // A part is only ever hidden for a reason: too few answers, or the subtraction above.
        if (parts.every((part) => answerCount(part.tally) >= minimum))
          expect(shownKeys.size).toBe(parts.length);
      }),
    );
  });

  it('does not depend on the order of the parts', () => {
    fc.assert(
      fc.property(
        someParts.chain((parts) =>
          fc.tuple(
            fc.constant(parts),
            fc.shuffledSubarray(parts, { minLength: parts.length, maxLength: parts.length }),
          ),
        ),
        aThreshold,
        ([parts, shuffled], threshold) => {
          const byKey = (breakdown: ReturnType<typeof summarizeBreakdown>) =>
            Object.fromEntries(breakdown.parts.map((part) => [part.key, part.result]));
          expect(byKey(summarizeBreakdown(shuffled, AGREE_SCALE, threshold))).toEqual(
            byKey(summarizeBreakdown(parts, AGREE_SCALE, threshold)),
          );
        },
      ),
    );
  });
});

describe('summarizeSurvey', () => {
  const anAnswer = fc.constantFrom('disagree', 'ratherDisagree', 'ratherAgree', 'agree', 'dontKnow', 'yes');
  const aRespondent = fc.record({
    item: fc.option(anAnswer, { nil: undefined }),
    other: fc.option(anAnswer, { nil: undefined }),
    open: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
  });
  const input = (
    respondents: { item?: string | undefined; other?: string | undefined; open?: string | undefined }[],
  ) => ({
    survey: { askedCount: 20, anonymityThreshold: 5 },
    itemIds: [ITEM, OTHER],
    scale: AGREE_SCALE,
    openQuestions: OPEN,
    responses: respondents.map(({ item, other, open }) =>
      aResponse(
        { ...(item ? { [ITEM]: item } : {}), ...(other ? { [OTHER]: other } : {}) },
        open === undefined ? {} : { [OPEN[0]!.id]: open },
      ),
    ),
  });

  it('gives the same results whatever order the answers came in', () => {
    fc.assert(
      fc.property(
        fc
          .array(aRespondent, { maxLength: 14 })
          .chain((list) =>
            fc.tuple(
              fc.constant(list),
              fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
            ),
          ),
        ([respondents, shuffled]) => {
          expect(summarizeSurvey(input(shuffled))).toEqual(summarizeSurvey(input(respondents)));
        },
      ),
    );
  });

  it('reports the response rate against the number asked, and always how many responded', () => {
    const results = summarizeSurvey(input([{ item: 'agree' }, { item: 'agree' }, {}, { other: 'disagree' }]));
    expect(results).toMatchObject({ responses: 4, asked: 20, responseRate: 0.2, threshold: 5 });
    expect(results.items).toEqual([
      { itemId: ITEM, result: { shown: false } },
      { itemId: OTHER, result: { shown: false } },
    ]);
  });

  it('withholds open answers below the threshold of responses', () => {
    const results = summarizeSurvey(input([{ open: 'Meer overleg' }, { open: 'Sneller starten' }]));
    expect(results).not.toHaveProperty('openAnswers');
  });

  it('lists open answers per question in alphabetical order, empty ones left out, personal data masked', () => {
    const results = summarizeSurvey(
      input([
        { open: 'Zo blijven doen!' },
        { open: '  ' },
        { open: 'bel me op 0471 23 45 67' },
        { open: 'Aanspreekpunt was niet duidelijk' },
        {},
        { open: 'mail an.peeters@school.be graag' },
      ]),
    );
    expect(results.openAnswers).toEqual([
      {
        questionId: OPEN[0]!.id,
        answers: [
          { text: 'Aanspreekpunt was niet duidelijk', masked: false },
          { text: 'bel me op 04•• •• •• 67', masked: true },
          { text: 'mail a•••••••••@school.be graag', masked: true },
          { text: 'Zo blijven doen!', masked: false },
        ],
      },
    ]);
  });
});
