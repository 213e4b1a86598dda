/**
 * Interface text of a bevraging's link: the coordinator's page "Link en QR-code" with its letter and the reading
 * in of answer files (/app/bevragingen/link/), and the respondent's page the link opens (/bevraging/).
 */
export * from './survey-link';
export * from './answer-import';
export * from './link-respondent';
