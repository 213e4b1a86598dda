import { describe, expect, it } from 'vitest';
import { compareDutch } from '../../../src/domain/dutch-order';

const collator = new Intl.Collator('nl-BE');
const sign = (n: number): number => Math.sign(n);

/** A small seeded generator, so a failure names the same texts on every run. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const NAMES = [
  'Ann De Smet',
  'Ann de Smet',
  'Anne-Sofie Peeters',
  'Annelies Peeters',
  "D'Hondt Karel",
  'Dhondt Karel',
  'Élise Wouters',
  'Elise Wouters',
  'Eline Wouters',
  'Özlem Yılmaz',
  'Ozan Yilmaz',
  'Çelik Mehmet',
  'Celine Maes',
  'Van den Broeck Jan',
  'Vandenbroeck Jan',
  'van den Broeck Jan',
  'Noël Claes',
  'Noel Claes',
  'Noémie Claes',
  'Zoë Jacobs',
  'Zoe Jacobs',
  'Müller Jürgen',
  'Strauß Lena',
  'Strauss Lena',
  'Søren Nielsen',
  'Łukasz Nowak',
  'IJsbrand Vos',
  'Ijsbrand Vos',
  'Ilse Vos',
  'Actie 10: leerlingenoverleg',
  'Actie 9: leerlingenoverleg',
  '1e graad: co-teaching',
  '2de graad – co-teaching',
  '“Samen school maken”',
  '"Samen school maken"',
  '(herhaling) Teamoverleg',
  'Teamoverleg (herhaling)',
  'Teamoverleg',
  'teamoverleg',
  'Team overleg',
  'Ouders’ bevraging',
  "Ouders' bevraging",
  'Ouders bevraging',
  'Nascholing ‘ZILL’',
  'Σχολείο',
  'Школа',
  '',
  ' ',
];

describe('Dutch order', () => {
  it('orders real names and titles as the Dutch collator does', () => {
    for (const a of NAMES)
      for (const b of NAMES)
        expect(sign(compareDutch(a, b)), `${JSON.stringify(a)} against ${JSON.stringify(b)}`).toBe(
          sign(collator.compare(a, b)),
        );
  });

  it('orders random Latin text with accents, digits and punctuation as the Dutch collator does', () => {
    const alphabet = [
      ...' \u00a0_-–—,;:!¡?¿.…·\'‘’‚"“”„«»()[]{}§@*/\\&#%•`^°©®+±÷×<=>|~$£€0123456789',
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
      ...'éèëêáàäâóòöôúùüûíìïîçñÉÈËÁÄÖÜÇ',
      ...'eeaaoo', // more plain letters, so texts often share a start
      'e\u0301',
      'a\u0308',
      'ß',
      'ø',
      'œ',
    ];
    const random = randomFrom(20261207);
    const text = (): string =>
      Array.from(
        { length: Math.floor(random() * 7) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
    for (let pair = 0; pair < 20_000; pair++) {
      const a = text();
      const b = random() < 0.3 ? a + text() : text();
      expect(sign(compareDutch(a, b)), `${JSON.stringify(a)} against ${JSON.stringify(b)}`).toBe(
        sign(collator.compare(a, b)),
      );
    }
  });

  it('ignores every combining accent where the collator does: a letter with any of them sorts with the letter', () => {
    for (let mark = 0x300; mark <= 0x36f; mark++) {
      const accented = `ka${String.fromCharCode(mark)}b`;
      for (const other of ['kab', 'kaa', 'kac', 'ka b', 'kb'])
        expect(sign(compareDutch(accented, other)), `U+${mark.toString(16)} against ${other}`).toBe(
          sign(collator.compare(accented, other)),
        );
    }
  });

  it('sorts a list of names as the collator does', () => {
    const shuffled = [...NAMES].reverse();
    expect(shuffled.sort(compareDutch)).toEqual([...NAMES].sort(collator.compare));
  });
});
