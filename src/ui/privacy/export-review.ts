// Loaded when the user asks for an export, never on a page's first view: the scanner and its panel are
// needed only then (the report page has no room left in its script budget).

import { scanForPersonalData } from '../../domain/privacy/scan-records';
import { reportRecords } from '../../domain/privacy/report-records';
import type { ReportInput } from '../../domain/report/report-input';
import type { LeersteunspiegelDatabase } from '../../storage/database';
import { loadScannableRecords } from '../../storage/personal-data-sources';

export { PersonalDataReview } from './PersonalDataReview';
export { scanForPersonalData };
export { scanContribution } from '../../domain/privacy/scan-contribution';

/** Personal-looking data in everything a backup would hold, and the cycles' titles to say where. */
export async function scanBackup(db: LeersteunspiegelDatabase) {
  const records = await loadScannableRecords(db);
  return {
    findings: scanForPersonalData(records),
    cycleTitles: new Map(records.cycles.map((cycle) => [cycle.id, cycle.title])),
  };
}

/** Personal-looking data in what a report is drawn from. */
export function scanReport(input: ReportInput) {
  return { findings: scanForPersonalData(reportRecords(input)) };
}
