/** Interface text of the questionnaire pages (/vragenlijsten/) and of the links to them. */
export * from './questionnaires';
export * from './respondent-groups';
