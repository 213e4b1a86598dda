import type { ReportModel } from '../../domain/report/report-model';

/** Where the JSON Schema of the report model is published on the site (see src/pages/rapport.schema.json.ts). */
export const REPORT_SCHEMA_PATH = '/rapport.schema.json';

/**
 * The report model as a JSON document that names its schema, indented so a person can read it; other
 * tools can validate it against the schema and read the same sections the report shows.
 */
export function renderJson(model: ReportModel, siteOrigin: string): string {
  return `${JSON.stringify({ $schema: new URL(REPORT_SCHEMA_PATH, siteOrigin).href, ...model }, null, 2)}\n`;
}
