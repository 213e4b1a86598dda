import { describe, expect, it } from 'vitest';
import { reportRecords } from '../../../../src/domain/privacy/report-records';
import { scanForPersonalData } from '../../../../src/domain/privacy/scan-records';
import { surveyFixture } from '../report/survey-fixture';

describe('the personal-data check before a report is downloaded', () => {
  it("reads what the centre wrote in a bevraging, since the report's appendix shows it", () => {
    const { input, surveys } = surveyFixture();
    const parents = { ...surveys.parents, introduction: 'Vragen? Bel Els op 0470 12 34 56.' };
    const findings = scanForPersonalData(reportRecords({ ...input, surveys: [parents, surveys.teachers] }));
    expect(findings.map((finding) => finding.location)).toContainEqual({
      record: 'survey',
      cycleId: parents.cycleId,
      group: 'parents',
      field: 'introduction',
    });
  });
});
