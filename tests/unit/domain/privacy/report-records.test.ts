import { describe, expect, it } from 'vitest';
import { reportRecords } from '../../../../src/domain/privacy/report-records';
import { scanForPersonalData } from '../../../../src/domain/privacy/scan-records';
import { teamFixture } from '../report/fixture-cycle';
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

  it('reads what the previous cycle’s team wrote, since the report quotes its recommendations', () => {
    const { input } = teamFixture();
    const [recommendation] = input.previous!.recommendations;
    const rewritten = { ...recommendation!, text: 'Mail ouders via ann.peeters@example.org.' };
    const previous = { ...input.previous!, recommendations: [rewritten] };
    const findings = scanForPersonalData(reportRecords({ ...input, previous }));
    expect(findings.map((finding) => finding.location)).toContainEqual(
      expect.objectContaining({ record: 'recommendation', cycleId: rewritten.cycleId }),
    );
  });

  it("lets the director's name and the centre's own e-mail and phone through: the report must show them", () => {
    const { input } = surveyFixture();
    const profile = {
      ...input.profile,
      directorName: 'Directeur Voorbeeld',
      contactEmail: 'info@lsc-voorbeeld.be',
      contactPhone: '014 12 34 56',
      address: 'Markt 1, 2400 Mol',
    };
    expect(scanForPersonalData(reportRecords({ ...input, profile }))).toEqual([]);
  });
});
