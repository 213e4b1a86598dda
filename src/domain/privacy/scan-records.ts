import type { Action } from '../action';
import type { Assessment } from '../assessment';
import type { Attachment } from '../attachment';
import type { ConditionCheck } from '../condition-check';
import type { Cycle } from '../cycle';
import type { Evidence } from '../evidence';
import type { ExpectationCode } from '../framework/expectation-code';
import type { JournalNote } from '../journal-note';
import type { LscProfile } from '../lsc-profile';
import type { Participant } from '../participant';
import type { QualityCalendar } from '../quality-calendar';
import type { Recommendation } from '../recommendation';
import type { RespondentGroup } from '../survey/respondent-group';
import type { Survey } from '../survey/survey';
import type { SurveyResponse } from '../survey/survey-response';
import { findPersonalData, type PersonalDataKind } from './find-personal-data';

/** The records a scan reads; any table may be left out (a contribution file holds only some). */
export interface ScannableRecords {
  lscProfiles?: readonly LscProfile[];
  cycles?: readonly Cycle[];
  participants?: readonly Participant[];
  assessments?: readonly Assessment[];
  evidence?: readonly Evidence[];
  /** Only the file names are read, never the bytes. */
  attachments?: readonly Pick<Attachment, 'evidenceId' | 'name'>[];
  actions?: readonly Action[];
  recommendations?: readonly Recommendation[];
  conditionChecks?: readonly ConditionCheck[];
  journalNotes?: readonly JournalNote[];
  surveys?: readonly Survey[];
  /** Read for their open answers, which are found through their bevraging. */
  surveyResponses?: readonly SurveyResponse[];
  /** Read for the notes on its years. */
  qualityCalendars?: readonly QualityCalendar[];
}

/** Which free text a finding is in, with what the user needs to find it again. */
export type PersonalDataLocation =
  | { record: 'profile'; field: ProfileTextField }
  | { record: 'cycle'; cycleId: string; field: 'title' }
  | { record: 'participant'; cycleId: string; field: 'name' }
  | {
      record: 'assessment';
      cycleId: string;
      expectationCode: ExpectationCode;
      /** The participant whose judgement it is; absent for the team's consensus. */
      participantName?: string;
      field: 'justification' | 'strengths' | 'pointsToDevelop' | 'goodPractice';
    }
  | { record: 'evidence'; cycleId: string; title: string; field: 'title' | 'description' | 'link' }
  | { record: 'attachment'; cycleId: string; evidenceTitle: string; field: 'name' }
  | {
      record: 'action';
      cycleId: string;
      title: string;
      field: 'title' | 'goal' | 'successIndicator' | 'owner' | 'evaluation' | 'progress';
    }
  | { record: 'recommendation'; cycleId: string; expectationCode: ExpectationCode; field: 'text' }
  | { record: 'conditionCheck'; cycleId: string; conditionId: string; field: 'note' }
  | { record: 'journalNote'; cycleId: string; expectationCode: ExpectationCode; date: string; field: 'text' }
  | { record: 'survey'; cycleId: string; group: RespondentGroup; field: 'introduction' | 'ownStatement' }
  | { record: 'qualityCalendar'; schoolYear: string; field: 'note' }
  /** Nothing says whose answer it is: the bevraging is where to look, and where it can be removed. */
  | { record: 'surveyResponse'; cycleId: string; group: RespondentGroup; field: 'openAnswer' };

/** One piece of personal-looking data and where it is. */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The text found, unmasked: the interface masks it for display. */
  text: string;
  location: PersonalDataLocation;
}

/**
 * The profile's free-text fields, in the order the profile form shows them. The administration fields
 * (instellingsnummer, address, schoolbestuur, director, the centre's own e-mail and phone) are left out on
 * purpose: they are the centre's business data that the report must show, and an address or phone number there
 * is expected, not a pupil's.
 */
export const PROFILE_TEXT_FIELDS = [
  'name',
  'workingArea',
  'schoolsServed',
  'teamComposition',
  'structuralPartnerships',
  'supportCouncil',
  'otherContext',
] as const satisfies readonly (keyof LscProfile)[];
export type ProfileTextField = (typeof PROFILE_TEXT_FIELDS)[number];

/**
 * Walks every free text of the records — profile, the kwaliteitskalender's notes, cycle titles, participant names, judgements, evidence and
 * its file names, actions and their progress, recommendations, condition notes, journal notes, bevragingen
 * and the open answers to them — and lists what looks like personal data, in that order. With `cycleId`, only that cycle's records (and the profile and the
 * kwaliteitskalender, which every report shows) are read.
 */
export function scanForPersonalData(
  records: ScannableRecords,
  options: { cycleId?: string } = {},
): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const inScope = (cycleId: string): boolean => options.cycleId === undefined || cycleId === options.cycleId;
  const scan = (text: string | undefined, location: PersonalDataLocation): void => {
    for (const match of findPersonalData(text ?? ''))
      findings.push({ kind: match.kind, text: match.text, location });
  };

  for (const profile of records.lscProfiles ?? []) {
    for (const field of PROFILE_TEXT_FIELDS) scan(profile[field], { record: 'profile', field });
  }
  for (const calendar of records.qualityCalendars ?? []) {
    for (const year of calendar.years)
      scan(year.note, { record: 'qualityCalendar', schoolYear: year.schoolYear, field: 'note' });
  }
  for (const cycle of records.cycles ?? []) {
    if (inScope(cycle.id)) scan(cycle.title, { record: 'cycle', cycleId: cycle.id, field: 'title' });
  }
  const participantNames = new Map<string, string>();
  for (const participant of records.participants ?? []) {
    participantNames.set(participant.id, participant.name);
    if (!inScope(participant.cycleId)) continue;
    scan(participant.name, { record: 'participant', cycleId: participant.cycleId, field: 'name' });
  }
  for (const assessment of records.assessments ?? []) {
    if (!inScope(assessment.cycleId)) continue;
    const participantName =
      assessment.participantId === undefined ? undefined : participantNames.get(assessment.participantId);
    const at = (field: Extract<PersonalDataLocation, { record: 'assessment' }>['field']) => ({
      record: 'assessment' as const,
      cycleId: assessment.cycleId,
      expectationCode: assessment.expectationCode,
      ...(participantName === undefined ? {} : { participantName }),
      field,
    });
    scan(assessment.justification, at('justification'));
    scan(assessment.strengths, at('strengths'));
    scan(assessment.pointsToDevelop, at('pointsToDevelop'));
    scan(assessment.goodPractice?.description, at('goodPractice'));
  }
  const evidenceById = new Map<string, Evidence>();
  for (const item of records.evidence ?? []) {
    evidenceById.set(item.id, item);
    if (!inScope(item.cycleId)) continue;
    const at = (field: 'title' | 'description' | 'link') =>
      ({ record: 'evidence', cycleId: item.cycleId, title: item.title, field }) as const;
    scan(item.title, at('title'));
    scan(item.description, at('description'));
    scan(item.link, at('link'));
  }
  for (const attachment of records.attachments ?? []) {
    const item = evidenceById.get(attachment.evidenceId);
    if (!item || !inScope(item.cycleId)) continue;
    scan(attachment.name, {
      record: 'attachment',
      cycleId: item.cycleId,
      evidenceTitle: item.title,
      field: 'name',
    });
  }
  for (const action of records.actions ?? []) {
    if (!inScope(action.cycleId)) continue;
    const at = (field: Extract<PersonalDataLocation, { record: 'action' }>['field']) =>
      ({ record: 'action', cycleId: action.cycleId, title: action.title, field }) as const;
    scan(action.title, at('title'));
    scan(action.goal, at('goal'));
    scan(action.successIndicator, at('successIndicator'));
    scan(action.owner, at('owner'));
    for (const entry of action.progressLog) scan(entry.note, at('progress'));
    scan(action.evaluation, at('evaluation'));
  }
  for (const recommendation of records.recommendations ?? []) {
    if (!inScope(recommendation.cycleId)) continue;
    scan(recommendation.text, {
      record: 'recommendation',
      cycleId: recommendation.cycleId,
      expectationCode: recommendation.expectationCode,
      field: 'text',
    });
  }
  for (const check of records.conditionChecks ?? []) {
    if (!inScope(check.cycleId)) continue;
    scan(check.note, {
      record: 'conditionCheck',
      cycleId: check.cycleId,
      conditionId: check.conditionId,
      field: 'note',
    });
  }
  for (const note of records.journalNotes ?? []) {
    if (!inScope(note.cycleId)) continue;
    scan(note.text, {
      record: 'journalNote',
      cycleId: note.cycleId,
      expectationCode: note.expectationCode,
      date: note.date,
      field: 'text',
    });
  }
  const surveysById = new Map<string, Survey>();
  for (const survey of records.surveys ?? []) {
    surveysById.set(survey.id, survey);
    if (!inScope(survey.cycleId)) continue;
    const at = (field: 'introduction' | 'ownStatement') =>
      ({ record: 'survey', cycleId: survey.cycleId, group: survey.group, field }) as const;
    scan(survey.introduction, at('introduction'));
    for (const own of survey.ownStatements) scan(own.statement, at('ownStatement'));
  }
  for (const response of records.surveyResponses ?? []) {
    const survey = surveysById.get(response.surveyId);
    if (!survey || !inScope(survey.cycleId)) continue;
    for (const text of Object.values(response.openAnswers)) {
      scan(text, {
        record: 'surveyResponse',
        cycleId: survey.cycleId,
        group: survey.group,
        field: 'openAnswer',
      });
    }
  }
  return findings;
}
