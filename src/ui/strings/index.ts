/**
 * Every piece of Dutch (nl-BE) interface text, in this one folder so it can be reviewed as a whole; one file
 * per part of the app. Longer editorial prose lives in content/pages/; the referentiekader's own words live
 * in content/. The few words the report adds around its data (column headers, captions) are in
 * src/exports/labels.ts, shared by the report page and the Word file, because the exports may not import
 * the interface.
 *
 * Each section is its own export, read as `strings.section.key` after `import * as strings`, and its own file
 * (a part with several sections is a folder): the bundler ships a page the files whose sections it uses, so a
 * page that uses one section of a part does not load the others. A section imports no values from the domain
 * or storage (a limit is passed in, as `introduction(max)` does): such an import ties it to that module's
 * chunk, which every page loads.
 */
export * from './actions';
export * from './common';
export * from './consensus';
export * from './contribution-unlock';
export * from './contribution-export';
export * from './contributions';
export * from './cycles';
export * from './dashboard';
export * from './decryption';
export * from './evidence';
export * from './offline';
export * from './privacy';
export * from './quality-calendar';
export * from './questionnaires';
export * from './rating';
export * from './report';
export * from './report-figures';
export * from './spreadsheets';
export * from './storage-notices';
export * from './survey-link';
export * from './surveys';
export * from './voices';
export * from './paper';
