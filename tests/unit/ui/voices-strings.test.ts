import { describe, expect, it } from 'vitest';
import { voicesPanel } from '../../../src/ui/strings/voices';

describe('a bevraging named as a source', () => {
  it('names its group and the months of its period, the year once when it is one', () => {
    expect(voicesPanel.surveyTitle('parents', '2027-01-11', '2027-02-19')).toBe(
      'Bevraging ouders (jan.–feb. 2027)',
    );
    expect(voicesPanel.surveyTitle('teachers', '2027-03-01', '2027-03-31')).toBe(
      'Bevraging leraren (mrt. 2027)',
    );
    expect(voicesPanel.surveyTitle('clb', '2026-12-01', '2027-01-15')).toBe(
      'Bevraging CLB (dec. 2026–jan. 2027)',
    );
  });
});
