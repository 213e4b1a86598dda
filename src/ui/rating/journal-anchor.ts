/**
 * The journal's id on the expectation page, so a link (a personal-data finding in a note) leads straight to it;
 * a module of its own, so such a link does not bring the journal's code into another view.
 */
export const JOURNAL_ANCHOR = 'logboek';
