import { describe, expect, it } from 'vitest';
import { cssString, runningHeadRule } from '../../../src/ui/report/running-head';
import { HOSTILE_LIST } from '../../shared/hostile-strings';

/** A CSS string token read back as CSS reads it: its code point escapes resolved. */
function readCssString(token: string): string {
  return token
    .slice(1, -1)
    .replace(/\\([0-9a-f]{1,6}) ?/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

describe('the centre’s name as the printed running header', () => {
  it.each([...HOSTILE_LIST, 'Leersteuncentrum "De Brug" </style>\\ Gent\nOost'])(
    'is one CSS string that reads back as typed and cannot close it or its style element: %s',
    (name) => {
      const token = cssString(name);
      expect(token.startsWith('"') && token.endsWith('"')).toBe(true);
      const inside = token.slice(1, -1);
      expect(inside).not.toMatch(/["<>\n\r\f]|\\(?![0-9a-f]{1,6} )/);
      expect(readCssString(token)).toBe(name);
      expect(runningHeadRule(name)).not.toMatch(/<\/style/i);
    },
  );
});
