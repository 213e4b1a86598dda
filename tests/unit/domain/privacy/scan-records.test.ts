import { describe, expect, it } from 'vitest';
import { createConditionCheck } from '../../../../src/domain/condition-check-schema';
import { createJournalNote } from '../../../../src/domain/journal-note-schema';
import { createLscProfile } from '../../../../src/domain/lsc-profile';
import { createParticipant } from '../../../../src/domain/participant-schema';
import { createRecommendation } from '../../../../src/domain/recommendation-schema';
import { createProgressEntry } from '../../../../src/domain/action-schema';
import { createQualityCalendar } from '../../../../src/domain/quality-calendar';
import { scanForPersonalData } from '../../../../src/domain/privacy/scan-records';
import { createSurvey } from '../../../../src/domain/survey/survey-schema';
import { aCycle, anAction, anAssessment, anEvidence } from '../factories';

const cycle = aCycle({ title: 'Zelfevaluatie 2025-2026' });
const other = aCycle({ title: 'Reflectie van jan@lsc.be' });
const els = createParticipant({ cycleId: cycle.id, name: 'Els', role: 'supportStaff' });
const evidence = {
  ...anEvidence(cycle, ['M2']),
  title: 'Verslag overleg',
  description: 'Contact: ouder op 0471 23 45 67.',
};
const survey = createSurvey({
  cycleId: cycle.id,
  group: 'parents',
  itemIds: ['ouder-tevreden'],
  ownStatements: [
    { id: crypto.randomUUID(), statement: 'Ik kon mailen naar zorg@school.be.', informs: ['S3'] },
  ],
  introduction: 'Vragen? Bel 0470 12 34 56.',
  startDate: '2026-01-05',
  endDate: '2026-01-23',
  askedCount: 20,
});
/** A bevraging of the other cycle, whose answers are out of scope when one cycle is scanned. */
const otherSurvey = { ...survey, id: crypto.randomUUID(), cycleId: other.id, introduction: '' };
const records = {
  lscProfiles: [{ ...createLscProfile(), supportCouncil: 'Secretariaat: raad@lsc.be' }],
  cycles: [cycle, other],
  participants: [els],
  assessments: [
    {
      ...anAssessment(cycle, 'M2', 'approaching', { participantId: els.id }),
      justification: 'Zie 85.07.30-033.28.',
    },
    { ...anAssessment(cycle, 'M3', 'meets'), strengths: 'Mail lisa@school.be' },
  ],
  evidence: [evidence],
  attachments: [{ evidenceId: evidence.id, name: 'verslag 85073003328.pdf' }],
  actions: [
    anAction(cycle, {
      title: 'Oudercontact',
      progressLog: [createProgressEntry('2026-01-10', 'Gebeld met 09 123 45 67')],
    }),
  ],
  recommendations: [
    createRecommendation({ cycleId: cycle.id, expectationCode: 'S1', text: 'Bel +32 471 23 45 67' }),
  ],
  conditionChecks: [
    { ...createConditionCheck({ cycleId: cycle.id, conditionId: 'informatiepunt' }), note: 'info@lsc.be' },
  ],
  journalNotes: [
    createJournalNote({
      cycleId: cycle.id,
      expectationCode: 'M1',
      participantId: els.id,
      date: '2026-01-12',
      text: 'Mama van Noor belde: 0472 11 22 33',
    }),
  ],
  surveys: [survey, otherSurvey],
  surveyResponses: [
    {
      id: crypto.randomUUID(),
      surveyId: survey.id,
      answers: {},
      openAnswers: { 'ouder-open-anders': 'Mail me: an@thuis.be' },
      channel: 'kiosk' as const,
    },
    {
      id: crypto.randomUUID(),
      surveyId: otherSurvey.id,
      answers: {},
      openAnswers: { 'ouder-open-anders': 'Bel 0499 99 88 77' },
      channel: 'paper' as const,
    },
  ],
};

describe('scanning records for personal data', () => {
  it('finds it in every kind of free text, and says where', () => {
    expect(scanForPersonalData(records, { cycleId: cycle.id })).toEqual([
      { kind: 'email', text: 'raad@lsc.be', location: { record: 'profile', field: 'supportCouncil' } },
      {
        kind: 'nationalRegisterNumber',
        text: '85.07.30-033.28',
        location: {
          record: 'assessment',
          cycleId: cycle.id,
          expectationCode: 'M2',
          participantName: 'Els',
          field: 'justification',
        },
      },
      {
        kind: 'email',
        text: 'lisa@school.be',
        location: { record: 'assessment', cycleId: cycle.id, expectationCode: 'M3', field: 'strengths' },
      },
      {
        kind: 'phone',
        text: '0471 23 45 67',
        location: { record: 'evidence', cycleId: cycle.id, title: 'Verslag overleg', field: 'description' },
      },
      {
        kind: 'nationalRegisterNumber',
        text: '85073003328',
        location: {
          record: 'attachment',
          cycleId: cycle.id,
          evidenceTitle: 'Verslag overleg',
          field: 'name',
        },
      },
      {
        kind: 'phone',
        text: '09 123 45 67',
        location: { record: 'action', cycleId: cycle.id, title: 'Oudercontact', field: 'progress' },
      },
      {
        kind: 'phone',
        text: '+32 471 23 45 67',
        location: { record: 'recommendation', cycleId: cycle.id, expectationCode: 'S1', field: 'text' },
      },
      {
        kind: 'email',
        text: 'info@lsc.be',
        location: {
          record: 'conditionCheck',
          cycleId: cycle.id,
          conditionId: 'informatiepunt',
          field: 'note',
        },
      },
      {
        kind: 'phone',
        text: '0472 11 22 33',
        location: {
          record: 'journalNote',
          cycleId: cycle.id,
          expectationCode: 'M1',
          date: '2026-01-12',
          field: 'text',
        },
      },
      {
        kind: 'phone',
        text: '0470 12 34 56',
        location: { record: 'survey', cycleId: cycle.id, group: 'parents', field: 'introduction' },
      },
      {
        kind: 'email',
        text: 'zorg@school.be',
        location: { record: 'survey', cycleId: cycle.id, group: 'parents', field: 'ownStatement' },
      },
      {
        kind: 'email',
        text: 'an@thuis.be',
        location: { record: 'surveyResponse', cycleId: cycle.id, group: 'parents', field: 'openAnswer' },
      },
    ]);
  });

  it('reads every cycle when none is named, as for a whole backup', () => {
    const all = scanForPersonalData(records);
    expect(all).toHaveLength(15);
    expect(all).toContainEqual({
      kind: 'email',
      text: 'jan@lsc.be',
      location: { record: 'cycle', cycleId: other.id, field: 'title' },
    });
  });

  it('finds it in a note of the kwaliteitskalender, named by its school year', () => {
    const plan = createQualityCalendar('2026-2027', 3);
    const noted = {
      ...plan,
      years: plan.years.map((year, index) =>
        index === 1 ? { ...year, note: 'Audit: bel 0470 12 34 56' } : year,
      ),
    };
    expect(scanForPersonalData({ qualityCalendars: [noted] })).toEqual([
      {
        kind: 'phone',
        text: '0470 12 34 56',
        location: { record: 'qualityCalendar', schoolYear: '2027-2028', field: 'note' },
      },
    ]);
  });

  it('finds nothing in records without personal data', () => {
    expect(scanForPersonalData({ cycles: [cycle], evidence: [anEvidence(cycle, ['M1'])] })).toEqual([]);
  });

  it("reads no picture as text: the centre's logo is not personal data, whatever its bytes spell", () => {
    const bytes = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...new TextEncoder().encode('lisa@school.be 0471 23 45 67'),
    ]);
    const profile = {
      ...createLscProfile(),
      logo: { type: 'image/png' as const, width: 1, height: 1, bytes },
    };
    expect(scanForPersonalData({ lscProfiles: [profile] })).toEqual([]);
  });
});
