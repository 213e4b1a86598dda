import { ActionSchema } from '../domain/action-schema';
import { AssessmentSchema } from '../domain/assessment-schema';
import { AttachmentSchema } from '../domain/attachment-schema';
import { ConditionCheckSchema } from '../domain/condition-check-schema';
import { CycleSchema } from '../domain/cycle-schema';
import { EvidenceSchema } from '../domain/evidence-schema';
import { JournalNoteSchema } from '../domain/journal-note-schema';
import { LscProfileSchema } from '../domain/lsc-profile-schema';
import { ParticipantSchema } from '../domain/participant-schema';
import { QualityCalendarSchema } from '../domain/quality-calendar-schema';
import { RecommendationSchema } from '../domain/recommendation-schema';
import { SchoolYearFiguresSchema } from '../domain/school-year-figures-schema';
import { SettingsSchema } from '../domain/settings-schema';
import { SurveySchema } from '../domain/survey/survey-schema';
import { SurveyResponseSchema } from '../domain/survey/survey-response-schema';
import { InvalidRecordError } from './errors';
import type { RecordOf, TableName } from './tables';

// DO NOT change a schema's stored shape without adding a schema step in migrations.ts: every browser that ever
// opened Leersteunspiegel holds data in these tables. The tables' names and order are TABLE_NAMES (tables.ts).
/**
 * Every table that holds user data, with the domain schema each of its records must satisfy. This module, and
 * zod with it, is loaded on the first write or import (see loadValidation), not when a page starts.
 */
export const RECORD_SCHEMAS = {
  lscProfiles: LscProfileSchema,
  schoolYearFigures: SchoolYearFiguresSchema,
  cycles: CycleSchema,
  participants: ParticipantSchema,
  assessments: AssessmentSchema,
  evidence: EvidenceSchema,
  attachments: AttachmentSchema,
  actions: ActionSchema,
  recommendations: RecommendationSchema,
  conditionChecks: ConditionCheckSchema,
  journalNotes: JournalNoteSchema,
  surveys: SurveySchema,
  surveyResponses: SurveyResponseSchema,
  qualityCalendars: QualityCalendarSchema,
  settings: SettingsSchema,
} as const satisfies Record<TableName, unknown>;

/** Checks a record against its table's schema; throws InvalidRecordError, so nothing invalid is ever stored. */
export function validateRecord<N extends TableName>(table: N, record: unknown): RecordOf<N> {
  const result = RECORD_SCHEMAS[table].safeParse(record);
  if (!result.success) throw new InvalidRecordError(table, result.error.issues);
  return result.data as RecordOf<N>;
}

/** Checks a record against its table's schema; same as validateRecord, typed for a caller's function parameter. */
export type ValidateRecord = typeof validateRecord;
