/** Interface text of a bevraging's page for Microsoft Forms and Google Forms (/app/bevragingen/rekenblad/). */
export * from './spreadsheets';
export * from './spreadsheet-errors';
