/** Interface text of the bevragingen of a cycle (/app/bevragingen/) and of the afnamemodus. */
export * from './surveys';
export * from './survey-form';
export * from './kiosk';
export * from './kiosk-respondent';
export * from './kiosk-respondent-easy';
