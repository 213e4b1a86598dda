import fc from 'fast-check';
import { ACTION_STATUSES, type Action } from '../../../src/domain/action';
import { createAction } from '../../../src/domain/action-schema';
import { type Assessment } from '../../../src/domain/assessment';
import { createAssessment } from '../../../src/domain/assessment';
import { type Attachment } from '../../../src/domain/attachment';
import { createAttachment } from '../../../src/domain/attachment-schema';
import { CONDITION_STATUSES, type ConditionCheck } from '../../../src/domain/condition-check';
import { createConditionCheck } from '../../../src/domain/condition-check-schema';
import { CYCLE_STATUSES, type Cycle } from '../../../src/domain/cycle';
import { createCycle } from '../../../src/domain/cycle-schema';
import { EVIDENCE_KINDS, VOICES } from '../../../src/domain/evidence-vocabulary';
import { type Evidence } from '../../../src/domain/evidence';
import { createEvidence } from '../../../src/domain/evidence-schema';
import { EXPECTATION_CODES } from '../../../src/domain/framework/expectation-code';
import { LEVEL_IDS, RATING_STATE_IDS } from '../../../src/domain/framework/scale';
import { SUPPORT_LEVELS } from '../../../src/domain/framework/support-level';
import {
  SUPPORT_TYPES,
  createLscProfile,
  type LscProfile,
  type SupportType,
} from '../../../src/domain/lsc-profile';
import { PARTICIPANT_ROLES, type Participant } from '../../../src/domain/participant';
import { createParticipant } from '../../../src/domain/participant-schema';
import { PLAN_NOTE_MAX_LENGTH, planYears, type QualityCalendar } from '../../../src/domain/quality-calendar';
import { type Recommendation } from '../../../src/domain/recommendation';
import { createRecommendation } from '../../../src/domain/recommendation-schema';
import {
  TYPES_PER_REPORT,
  figuresIdOf,
  type SchoolYearFigures,
} from '../../../src/domain/school-year-figures';
import { SchoolYearFiguresSchema } from '../../../src/domain/school-year-figures-schema';
import { type JournalNote } from '../../../src/domain/journal-note';
import { createJournalNote } from '../../../src/domain/journal-note-schema';
import { createSettings, type Settings } from '../../../src/domain/settings';
import { RESPONDENT_GROUPS } from '../../../src/domain/survey/respondent-group';
import { MAX_OWN_STATEMENTS, type Survey } from '../../../src/domain/survey/survey';
import { createSurvey } from '../../../src/domain/survey/survey-schema';
import { RESPONSE_CHANNELS, type SurveyResponse } from '../../../src/domain/survey/survey-response';
import { SurveyResponseSchema } from '../../../src/domain/survey/survey-response-schema';
import type { RecordOf, TableName } from '../../../src/storage/tables';

/** Any text a user could type or paste: every Unicode code point, markup, control characters, emoji. */
export const anyText = (maxLength = 200) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '=HYPERLINK("x")',
      '\u202Egnp.exe',
      '👩🏽‍🏫 leersteun',
      '\u0000\t\r\n',
    ),
  );
const aLabel = fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0);
const aTimestamp = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const aDate = aTimestamp.map((timestamp) => timestamp.slice(0, 10));
const someOf = <T>(values: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length });
const aMeta = fc.record({ id: fc.uuid({ version: 4 }), createdAt: aTimestamp, updatedAt: aTimestamp });

interface AttachmentSeed {
  meta: { id: string; createdAt: string; updatedAt: string };
  evidenceId: string;
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  type: string;
}

function attachmentsOf(evidence: Evidence[]): fc.Arbitrary<AttachmentSeed[]> {
  if (evidence.length === 0) return fc.constant([]);
  return fc.array(
    fc.record({
      meta: aMeta,
      evidenceId: fc.constantFrom(...evidence.map((e) => e.id)),
      name: aLabel,
      bytes: fc.uint8Array({ maxLength: 3000 }),
      type: fc.constantFrom('application/pdf', 'image/png', ''),
    }),
    { maxLength: 3 },
  );
}

/** An operating condition's id: the ids in content/operating-conditions.yaml, or any other short text. */
const aConditionId = fc.oneof(
  fc.constantFrom('visionPolicy', 'staffPolicy', 'multidisciplinaryTeam', 'qualityMonitoring', 'bothLevels'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 50 }),
);

/** Ids of a questionnaire's statements and open questions, as content/questionnaires/ spells them. */
const aStatementId = fc.constantFrom(
  'ouder-uitleg-bij-start',
  'ouder-tevreden',
  'leraar-samen-onderzocht',
  'school-aanvraag-duidelijk',
  'lager-weet-waarom',
);
const anOpenQuestionId = fc.constantFrom('ouder-open-waardevol', 'ouder-open-anders', 'lager-open-fijn');

const aSurvey = (cycleId: fc.Arbitrary<string>) =>
  fc
    .record({
      meta: aMeta,
      cycleId,
      group: fc.constantFrom(...RESPONDENT_GROUPS),
      itemIds: fc.uniqueArray(aStatementId),
      ownStatements: fc.array(
        fc.record({
          id: fc.uuid({ version: 4 }),
          statement: aLabel,
          informs: fc.uniqueArray(fc.constantFrom(...EXPECTATION_CODES), { minLength: 1, maxLength: 3 }),
        }),
        { maxLength: MAX_OWN_STATEMENTS },
      ),
      introduction: anyText(),
      period: fc.uniqueArray(aDate, { minLength: 1, maxLength: 2 }),
      askedCount: fc.integer({ min: 1, max: 2000 }),
      anonymityThreshold: fc.integer({ min: 3, max: 20 }),
      closedAt: fc.option(aTimestamp, { nil: undefined }),
    })
    .filter(({ itemIds, ownStatements }) => itemIds.length + ownStatements.length > 0)
    .map(({ meta, period, closedAt, ...rest }): Survey => {
      const [startDate, endDate = startDate] = [...period].sort();
      return {
        ...createSurvey({
          ...rest,
          startDate: startDate!,
          endDate: endDate!,
          ...(closedAt ? { closedAt } : {}),
        }),
        ...meta,
      };
    });

/** One respondent's answers to one of the surveys: points of any scale or `dontKnow`, and open answers. */
function responsesTo(surveys: readonly Survey[]): fc.Arbitrary<SurveyResponse[]> {
  if (surveys.length === 0) return fc.constant([]);
  return fc.array(
    fc.constantFrom(...surveys).chain((survey) =>
      fc
        .record({
          id: fc.uuid({ version: 4 }),
          answers: fc.dictionary(
            fc.constantFrom(...survey.itemIds, ...survey.ownStatements.map((statement) => statement.id)),
            fc.constantFrom('disagree', 'ratherDisagree', 'ratherAgree', 'agree', 'yes', 'dontKnow'),
          ),
          openAnswers: fc.dictionary(anOpenQuestionId, anyText()),
          channel: fc.constantFrom(...RESPONSE_CHANNELS),
          sourceFile: fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: undefined }),
        })
        .map((response) => SurveyResponseSchema.parse({ ...response, surveyId: survey.id })),
    ),
    { maxLength: 4 },
  );
}

/** A valid database's worth of records, every reference pointing at a record that exists. */
export type Dataset = { [N in TableName]: RecordOf<N>[] };

/** A logo: bytes that start as a PNG or JPEG does (the schema checks no more; the browser decodes on upload). */
const aLogo = fc
  .record({
    jpeg: fc.boolean(),
    rest: fc.uint8Array({ minLength: 1, maxLength: 64 }),
    width: fc.integer({ min: 1, max: 2000 }),
    height: fc.integer({ min: 1, max: 2000 }),
  })
  .map(({ jpeg, rest, width, height }): NonNullable<LscProfile['logo']> => {
    const signature = jpeg ? [0xff, 0xd8, 0xff] : [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    return {
      type: jpeg ? 'image/jpeg' : 'image/png',
      width,
      height,
      bytes: new Uint8Array([...signature, ...rest]),
    };
  });

const aProfile = fc
  .record({
    meta: aMeta,
    name: anyText(60),
    workingArea: anyText(),
    types: someOf(SUPPORT_TYPES),
    institutionNumber: fc.stringMatching(/^\d{0,10}$/),
    address: anyText(200),
    directorName: anyText(60),
    contactEmail: fc.option(fc.emailAddress(), { nil: '' }),
    logo: fc.option(aLogo, { nil: undefined }),
  })
  .map(({ meta, types, logo, ...fields }): LscProfile => ({
    ...createLscProfile(),
    ...meta,
    ...fields,
    supportTypes: types,
    ...(logo ? { logo } : {}),
  }));

/** A kwaliteitskalender of 3 to 6 consecutive school years, each with any focus and note. */
const aCalendar = fc
  .record({
    meta: aMeta,
    start: fc.integer({ min: 2000, max: 2090 }),
    years: fc.array(fc.record({ focus: someOf(EXPECTATION_CODES), note: anyText(PLAN_NOTE_MAX_LENGTH) }), {
      minLength: 3,
      maxLength: 6,
    }),
  })
  .map(({ meta, start, years }): QualityCalendar => ({
    ...meta,
    years: planYears(`${start}-${start + 1}`, years.length).map((schoolYear, index) => ({
      schoolYear,
      ...years[index]!,
    })),
  }));

/** Counts per type for the types a verslag exists for; types left out were not filled in. */
const someCounts = (types: readonly SupportType[]) =>
  fc.dictionary(fc.constantFrom(...types), fc.nat({ max: 5000 }), { maxKeys: types.length });

/** Figures of different school years: one record per year, as the schema's id asks. */
const someFigures: fc.Arbitrary<SchoolYearFigures[]> = fc.uniqueArray(
  fc
    .record({
      meta: aMeta,
      year: fc.integer({ min: 2023, max: 2034 }),
      supportCouncilDate: fc.option(aDate, { nil: undefined }),
      gc: someCounts(TYPES_PER_REPORT.gc),
      iac: someCounts(TYPES_PER_REPORT.iac),
      ov4: someCounts(TYPES_PER_REPORT.ov4),
      trajectories: fc.option(fc.nat({ max: 100_000 }), { nil: undefined }),
      supportStaff: fc.option(fc.nat({ max: 1000 }), { nil: undefined }),
      fteHundredths: fc.option(fc.nat({ max: 100_000 }), { nil: undefined }),
    })
    .map(({ meta, year, supportCouncilDate, gc, iac, ov4, fteHundredths, ...counts }) =>
      SchoolYearFiguresSchema.parse({
        ...meta,
        id: figuresIdOf(`${year}-${year + 1}`),
        schoolYear: `${year}-${year + 1}`,
        ...(supportCouncilDate === undefined ? {} : { supportCouncilDate }),
        pupils: { gc, iac, ov4 },
        ...counts,
        ...(fteHundredths === undefined ? {} : { fte: fteHundredths / 100 }),
      }),
    ),
  { selector: (figures) => figures.schoolYear, maxLength: 3 },
);

const aCycle = fc
  .record({
    meta: aMeta,
    title: aLabel,
    year: fc.integer({ min: 2023, max: 2034 }),
    scope: fc.uniqueArray(fc.constantFrom(...EXPECTATION_CODES), { minLength: 1, maxLength: 17 }),
    mode: fc.constantFrom('team', 'individual' as const),
    status: fc.constantFrom(...CYCLE_STATUSES),
    anonymousContributions: fc.option(fc.boolean(), { nil: undefined }),
    invitation: fc.option(
      fc.record({
        teamCycleId: fc.uuid({ version: 4 }),
        contributorKey: fc.uuid({ version: 4 }),
        roles: fc.uniqueArray(fc.constantFrom(...PARTICIPANT_ROLES), { minLength: 1 }),
        anonymousAllowed: fc.boolean(),
        deadline: fc.option(aDate, { nil: undefined }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ meta, title, year, scope, mode, status, anonymousContributions, invitation }): Cycle => ({
    ...createCycle({ title, schoolYear: `${year}-${year + 1}`, mode, scope }),
    ...meta,
    status,
    ...(anonymousContributions === undefined ? {} : { anonymousContributions }),
    ...(invitation
      ? {
          invitation: {
            // In the schema's field order, as a stored record has them.
            teamCycleId: invitation.teamCycleId,
            roles: PARTICIPANT_ROLES.filter((role) => invitation.roles.includes(role)),
            anonymousAllowed: invitation.anonymousAllowed,
            ...(invitation.deadline ? { deadline: invitation.deadline } : {}),
            contributorKey: invitation.contributorKey,
          },
        }
      : {}),
  }));

export const aDataset: fc.Arbitrary<Dataset> = fc
  .record({
    profiles: fc.array(aProfile, { maxLength: 1 }),
    calendars: fc.array(aCalendar, { maxLength: 1 }),
    figures: someFigures,
    cycles: fc.array(aCycle, { minLength: 1, maxLength: 3 }),
    settings: fc.option(aTimestamp, { nil: undefined }),
  })
  .chain(({ profiles, calendars, figures, cycles, settings }) => {
    const cycleId = fc.constantFrom(...cycles.map((cycle) => cycle.id));
    return fc
      .record({
        participants: fc.array(
          fc.record({
            meta: aMeta,
            cycleId,
            name: aLabel,
            role: fc.constantFrom(...PARTICIPANT_ROLES),
            anonymous: fc.boolean(),
            contribution: fc.option(
              fc.record({
                key: fc.uuid({ version: 4 }),
                exportedAt: aTimestamp,
                receivedAt: aTimestamp,
                version: fc.integer({ min: 1, max: 9 }),
                personal: fc.boolean(),
              }),
              { nil: undefined },
            ),
          }),
          { maxLength: 4 },
        ),
        evidence: fc.array(
          fc.record({
            meta: aMeta,
            cycleId,
            title: aLabel,
            kind: fc.constantFrom(...EVIDENCE_KINDS),
            voices: someOf(VOICES),
            date: fc.option(aDate, { nil: undefined }),
            description: anyText(),
            codes: someOf(EXPECTATION_CODES),
          }),
          { maxLength: 4 },
        ),
        actions: fc.array(
          fc.record({
            meta: aMeta,
            cycleId,
            title: aLabel,
            goal: anyText(),
            status: fc.constantFrom(...ACTION_STATUSES),
            due: fc.option(aDate, { nil: undefined }),
          }),
          { maxLength: 3 },
        ),
        recommendations: fc.uniqueArray(
          fc.record({ meta: aMeta, cycleId, code: fc.constantFrom(...EXPECTATION_CODES), text: anyText() }),
          { maxLength: 3, selector: ({ cycleId: cycle, code }) => `${cycle} ${code}` },
        ),
        surveys: fc.array(aSurvey(cycleId), { maxLength: 2 }),
      })
      .chain((partial) => {
        const participants: Participant[] = partial.participants.map(({ meta, contribution, ...rest }) => ({
          ...createParticipant({
            ...rest,
            ...(contribution ? { origin: contribution.personal ? 'added' : 'file', contribution } : {}),
          }),
          ...meta,
        }));
        const evidence: Evidence[] = partial.evidence.map(({ meta, codes, date, ...rest }) => ({
          ...createEvidence({ ...rest, expectationCodes: codes, ...(date ? { date } : {}) }),
          ...meta,
        }));
        const actions: Action[] = partial.actions.map(({ meta, due, ...rest }) => ({
          ...createAction({ ...rest, ...(due ? { dueDate: due } : {}) }),
          ...meta,
        }));
        const rater = participants.length
          ? fc.option(fc.constantFrom(...participants), { nil: undefined })
          : fc.constant(undefined);
        return fc
          .record({
            assessments: fc.array(
              fc.record({
                meta: aMeta,
                rater,
                cycleId,
                code: fc.constantFrom(...EXPECTATION_CODES),
                rating: fc.constantFrom(...LEVEL_IDS, ...RATING_STATE_IDS),
                justification: anyText(),
                supportLevels: someOf(SUPPORT_LEVELS),
              }),
              { maxLength: 6 },
            ),
            attachments: attachmentsOf(evidence),
            conditionChecks: fc.uniqueArray(
              fc.record({
                meta: aMeta,
                cycleId,
                conditionId: aConditionId,
                status: fc.constantFrom(...CONDITION_STATUSES),
                note: anyText(),
                cited: evidence.length ? someOf(evidence.map((e) => e.id)) : fc.constant<string[]>([]),
              }),
              { maxLength: 3, selector: ({ cycleId: cycle, conditionId }) => `${cycle} ${conditionId}` },
            ),
            // A journal note is always someone's: none when the dataset has nobody.
            journalNotes: fc.array(
              fc.record({
                meta: aMeta,
                author: fc.nat(),
                code: fc.constantFrom(...EXPECTATION_CODES),
                date: aDate,
                text: anyText().filter((text) => text.trim() !== ''),
              }),
              { maxLength: participants.length ? 4 : 0 },
            ),
            surveyResponses: responsesTo(partial.surveys),
          })
          .map(({ assessments, attachments, conditionChecks, journalNotes, surveyResponses }): Dataset => ({
            lscProfiles: profiles,
            schoolYearFigures: figures,
            cycles,
            participants,
            evidence,
            actions,
            assessments: assessments.map(
              ({ meta, rater: participant, cycleId: cycle, code, ...rest }): Assessment => ({
                ...createAssessment({
                  cycleId: participant?.cycleId ?? cycle,
                  expectationCode: code,
                  kind: participant ? 'individual' : 'consensus',
                  ...(participant ? { participantId: participant.id } : {}),
                }),
                ...rest,
                ...meta,
              }),
            ),
            attachments: attachments.map(({ meta, bytes, type, ...rest }): Attachment => ({
              ...createAttachment({ ...rest, bytes, type }),
              ...meta,
            })),
            recommendations: partial.recommendations.map(({ meta, code, ...rest }): Recommendation => ({
              ...createRecommendation({ ...rest, expectationCode: code }),
              ...meta,
            })),
            // A check cites evidence of its own cycle, as the app lets the team choose.
            conditionChecks: conditionChecks.map(({ meta, cited, ...rest }): ConditionCheck => {
              const ofCycle = new Set(evidence.filter((e) => e.cycleId === rest.cycleId).map((e) => e.id));
              return {
                ...createConditionCheck({ ...rest, evidenceIds: cited.filter((id) => ofCycle.has(id)) }),
                ...meta,
              };
            }),
            journalNotes: journalNotes.map(({ meta, author, code, ...rest }): JournalNote => {
              const person = participants[author % participants.length]!;
              return {
                ...createJournalNote({
                  ...rest,
                  cycleId: person.cycleId,
                  participantId: person.id,
                  expectationCode: code,
                }),
                ...meta,
              };
            }),
            surveys: partial.surveys,
            surveyResponses,
            qualityCalendars: calendars,
            settings: settings ? [{ ...createSettings(), updatedAt: settings } satisfies Settings] : [],
          }));
      });
  });
