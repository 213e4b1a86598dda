import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/domain/report/build-report';
import { teamFixture } from '../domain/report/fixture-cycle';
import { formatText, type Format } from './report-formats';

describe('"Werking en regelgeving" in the report page and the Word file', () => {
  it.each(['report page', 'Word'] as const satisfies readonly Format[])(
    '%s names the source of each condition and marks its description as our summary',
    async (format) => {
      const { input, vocabulary } = teamFixture();
      const model = buildReport(input, vocabulary);
      const text = await formatText(format, model);
      const operations = model.sections.find((section) => section.id === 'operations');
      if (operations?.id !== 'operations') throw new Error('no operations section');
      for (const condition of operations.conditions) expect(text).toContain(condition.source);
      expect(text.split('Samenvatting Leersteunspiegel').length - 1).toBe(operations.conditions.length);
    },
  );
});
