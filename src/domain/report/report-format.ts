/**
 * Version of the report model's shape; a renderer or reader of the JSON export checks it. Kept apart from
 * the schema so building a report does not ship the schema to the browser.
 */
export const REPORT_FORMAT_VERSION = 9;
