import type { ReportModel } from '../../domain/report/report-model';

/** The file at the top of the site that publishes the JSON Schema of the report model (src/pages/rapport.schema.json.ts). */
export const REPORT_SCHEMA_FILE = 'rapport.schema.json';

/**
 * The report model as a JSON document that names its schema, indented so a person can read it; other
 * tools can validate it against the schema and read the same sections the report shows. `siteAddress` is
 * where the site is published, with its base path (`https://lsc.example/leersteunspiegel/`).
 */
export function renderJson(model: ReportModel, siteAddress: string): string {
  return `${JSON.stringify({ $schema: new URL(REPORT_SCHEMA_FILE, siteAddress).href, ...model }, null, 2)}\n`;
}
