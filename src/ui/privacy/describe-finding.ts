import type { PersonalDataLocation } from '../../domain/privacy/scan-records';
import { appPaths } from '../cycles/cycle-link';
import { formatDate } from '../format';
import { JOURNAL_ANCHOR } from '../rating/journal-anchor';
import { RATING_ANCHOR } from '../rating/rating-anchor';
import * as strings from '../strings';

const where = strings.personalData.where;

/** Where a finding is, in the user's words: "Verantwoording bij M2 — deelnemer Els". */
export function describeLocation(location: PersonalDataLocation): string {
  switch (location.record) {
    case 'profile':
      return where.profile(strings.profile.fields[location.field].label);
    case 'cycle':
      return where.cycle;
    case 'participant':
      return where.participant;
    case 'assessment':
      return where.assessment(location);
    case 'evidence':
      return where.evidence(location);
    case 'attachment':
      return where.attachment(location);
    case 'action':
      return where.action(location);
    case 'recommendation':
      return where.recommendation(location);
    case 'conditionCheck':
      return where.conditionCheck;
    case 'journalNote':
      return where.journalNote(location, formatDate(location.date));
    case 'survey':
      return where.survey(location);
    case 'surveyResponse':
      return where.surveyResponse(location);
    case 'qualityCalendar':
      return where.qualityCalendar(location.schoolYear);
  }
}

/** The view where the user can change the text a finding is in. */
export function locationLink(location: PersonalDataLocation): string {
  switch (location.record) {
    case 'profile':
      return appPaths.profile;
    case 'cycle':
      return appPaths.overview(location.cycleId);
    case 'participant':
      return appPaths.participants(location.cycleId);
    case 'assessment':
      return `${appPaths.rate(location.cycleId, location.expectationCode)}#${RATING_ANCHOR}`;
    case 'journalNote':
      return `${appPaths.rate(location.cycleId, location.expectationCode)}#${JOURNAL_ANCHOR}`;
    case 'evidence':
    case 'attachment':
      return appPaths.evidence(location.cycleId);
    case 'action':
      return appPaths.actions(location.cycleId);
    case 'recommendation':
    case 'conditionCheck':
      return appPaths.report(location.cycleId);
    case 'survey':
    case 'surveyResponse':
      return appPaths.surveys(location.cycleId);
    case 'qualityCalendar':
      return appPaths.qualityCalendar;
  }
}
