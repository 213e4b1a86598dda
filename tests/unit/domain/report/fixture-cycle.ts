import { type Action } from '../../../../src/domain/action';
import { createProgressEntry } from '../../../../src/domain/action-schema';
import type { Assessment, Rating } from '../../../../src/domain/assessment';
import type { Cycle } from '../../../../src/domain/cycle';
import type { Evidence } from '../../../../src/domain/evidence';
import { EXPECTATION_CODES, type ExpectationCode } from '../../../../src/domain/framework/expectation-code';
import { createJournalNote } from '../../../../src/domain/journal-note-schema';
import { createLscProfile } from '../../../../src/domain/lsc-profile';
import { type Participant } from '../../../../src/domain/participant';
import { createParticipant } from '../../../../src/domain/participant-schema';
import { createRecommendation } from '../../../../src/domain/recommendation-schema';
import { newRecordId } from '../../../../src/domain/record';
import { buildReport } from '../../../../src/domain/report/build-report';
import type {
  ReportInput,
  ReportOptions,
  ReportVocabulary,
} from '../../../../src/domain/report/report-input';
import { NOW, aCycle, anAction } from '../factories';
import {
  FIXTURE_RATINGS,
  assessment,
  at,
  evidenceOf,
  fixtureProfile,
  textsFor,
  type Texts,
} from './fixture-records';
import { reportVocabulary } from './vocabulary';

export { FIXTURE_RATINGS };

/** The day the fixture's report is made on; the overdue action was due before it. */
export const TODAY = '2026-01-15';

/** When the fixture's report is made. */
export const REPORT_NOW = NOW;

/** A full team cycle with everything a report can show, and handles on its records for assertions. */
export interface TeamFixture {
  input: ReportInput;
  vocabulary: ReportVocabulary;
  cycle: Cycle;
  previousCycle: Cycle;
  /** Ann (coördinator, self), Bram (leerondersteuner), Chris (directie, anonymous); joined in that order. */
  participants: { ann: Participant; bram: Participant; chris: Participant };
  evidence: {
    survey: Evidence;
    council: Evidence;
    parents: Evidence;
    observation: Evidence;
    unlinked: Evidence;
  };
  actions: {
    overdue: Action;
    carried: Action;
    general: Action;
    done: Action;
    plan: Action;
    undated: Action;
  };
  previousActions: { carried: Action; notCarried: Action; dropped: Action; leftOpen: Action };
}

/**
 * The team's judgements in 2024-2025, against which 2025-2026 shows: R1 rose, R2 and BL1 stayed, M1 fell, V1
 * now needs information, M2 stayed below; S1 had no team judgement; S4 and BL5 were not in focus.
 */
const PREVIOUS_CONSENSUS: Partial<Record<ExpectationCode, [Rating, Texts]>> = {
  R1: ['approaching', { pointsToDevelop: 'Ouders vaker bevragen.' }],
  R2: ['exceeds', { strengths: 'Co-teaching in de eerste graad.' }],
  V1: ['meets', { strengths: 'Gedragen visietekst.' }],
  M1: ['meets', {}],
  M2: ['below', { pointsToDevelop: 'Signalen van scholen systematisch opvolgen.' }],
  BL1: ['meets', {}],
};

/**
 * A team cycle 2025-2026 over all 17 expectations, started from the 2024-2025 cycle (its judgements above,
 * a rewritten recommendation and four actions: one carried over, one done, one dropped, one left open): three participants
 * (one anonymous), individual ratings with disagreement, consensus on eight expectations (R2 at level 4 with
 * good practice), five pieces of evidence with voices and attachments, six actions (one overdue, one
 * carried over from the previous cycle, one on no expectation, one undated).
 */
export function teamFixture(options: Partial<ReportOptions> = {}): TeamFixture {
  const previousCycle = aCycle({
    title: 'Zelfevaluatie 2024-2025',
    schoolYear: '2024-2025',
    status: 'closed',
    // S4 and BL5 came into focus this year.
    scope: EXPECTATION_CODES.filter((code) => code !== 'S4' && code !== 'BL5'),
  });
  const cycle = aCycle({
    title: 'Zelfevaluatie 2025-2026',
    startDate: '2025-09-01',
    endDate: '2026-06-30',
    status: 'followUp',
    previousCycleId: previousCycle.id,
  });
  const ann = createParticipant(
    { cycleId: cycle.id, name: 'Ann Peeters', role: 'coordinator' },
    at('2025-09-01T08:00:00Z'),
  );
  const bram = createParticipant(
    { cycleId: cycle.id, name: 'Bram Claes', role: 'supportStaff' },
    at('2025-09-01T08:05:00Z'),
  );
  const chris = createParticipant(
    { cycleId: cycle.id, name: 'Chris Maes', role: 'director', anonymous: true },
    at('2025-09-02T08:00:00Z'),
  );

  const survey = evidenceOf(cycle, {
    title: 'Bevraging leraren',
    kind: 'survey',
    voices: ['schoolTeams', 'teachers'],
    date: '2025-11-10',
    description: 'Online bevraging bij 240 leraren.',
    expectationCodes: ['R2', 'R1'],
  });
  const council = evidenceOf(cycle, {
    title: 'Verslag leersteunraad',
    kind: 'report',
    voices: ['principals', 'partners'],
    date: '2025-12-05',
    link: 'https://example.org/leersteunraad/verslag',
    expectationCodes: ['R2', 'BL2'],
  });
  const parents = evidenceOf(cycle, {
    title: 'Gesprek met ouders',
    kind: 'conversation',
    voices: ['parents'],
    expectationCodes: ['M1'],
  });
  const observation = evidenceOf(cycle, {
    title: 'Observatie in de klas',
    kind: 'observation',
    voices: ['pupils', 'teachers'],
    date: '2025-10-01',
    expectationCodes: ['M2', 'R2'],
  });
  const unlinked = evidenceOf(cycle, { title: 'Jaarplan', kind: 'document', date: '2025-09-15' });

  const ids = { ann: ann.id, bram: bram.id, chris: chris.id };
  const assessments: Assessment[] = [];
  for (const code of EXPECTATION_CODES) {
    const [annRating, bramRating, chrisRating, consensus] = FIXTURE_RATINGS[code];
    const ratings = { ann: annRating, bram: bramRating, chris: chrisRating };
    for (const who of ['ann', 'bram', 'chris'] as const) {
      const rating = ratings[who];
      if (rating !== undefined)
        assessments.push(assessment(cycle, code, rating, ids[who], textsFor(code, who)));
    }
    if (consensus !== undefined) {
      assessments.push(assessment(cycle, code, consensus, undefined, textsFor(code, 'consensus')));
    }
  }
  const r2 = assessments.find((item) => item.expectationCode === 'R2' && item.kind === 'consensus')!;
  r2.goodPractice = {
    description: 'Co-teaching van leerondersteuner en leraar in elke eerste graad.',
    criteria: [
      { criterionId: 'inspiring', met: true, evidenceIds: [council.id] },
      { criterionId: 'beyondUsual', met: true, evidenceIds: [survey.id] },
      { criterionId: 'positiveImpact', met: true, evidenceIds: [observation.id, newRecordId()] },
      { criterionId: 'embedded', met: true, evidenceIds: [council.id] },
      { criterionId: 'grounded', met: false, evidenceIds: [] },
    ],
  };

  const previousAnn = createParticipant(
    { cycleId: previousCycle.id, name: 'Ann Peeters', role: 'coordinator' },
    at('2024-09-01T08:00:00Z'),
  );
  const previousAssessments = Object.entries(PREVIOUS_CONSENSUS).map(([code, [rating, texts]]) =>
    assessment(previousCycle, code as ExpectationCode, rating, undefined, texts),
  );
  const previousRecommendation = createRecommendation(
    { cycleId: previousCycle.id, expectationCode: 'R1', text: 'Ann bevraagt de ouders elk jaar.' },
    at('2025-05-01T08:00:00Z'),
  );
  const previousCarried = anAction(previousCycle, {
    title: 'Ouderbevraging',
    expectationCodes: ['R1'],
    status: 'postponed',
    dueDate: '2025-05-01',
    evaluation: 'Uitgesteld tot na de leersteunraad.',
  });
  const previousNotCarried = anAction(previousCycle, {
    title: 'Website vernieuwen',
    status: 'done',
    evaluation: 'Online sinds april.',
  });
  const previousDropped = anAction(previousCycle, {
    title: 'Screeningsinstrument kiezen',
    expectationCodes: ['M2'],
    status: 'dropped',
  });
  const previousLeftOpen = anAction(previousCycle, {
    title: 'Map per school',
    expectationCodes: ['M2'],
    status: 'ongoing',
    dueDate: '2025-03-01',
  });
  const overdue = anAction(cycle, {
    title: 'Intervisie leerondersteuners',
    expectationCodes: ['M1'],
    goal: 'Leerondersteuners leren van elkaars aanpak.',
    successIndicator: 'Vier sessies met 80 % aanwezigheid.',
    owner: 'Bram Claes',
    startDate: '2025-10-01',
    dueDate: '2025-12-01',
    status: 'ongoing',
    progressLog: [
      createProgressEntry('2025-12-10', 'Tweede sessie.'),
      createProgressEntry('2025-11-05', 'Eerste sessie.'),
    ],
  });
  const carried = anAction(cycle, {
    title: 'Ouderbevraging herhalen',
    expectationCodes: ['R1'],
    status: 'ongoing',
    dueDate: '2026-03-01',
    carriedOverFromId: previousCarried.id,
    evaluation: 'Vragenlijst aangepast.',
  });
  previousCarried.carriedOverToId = carried.id;
  const general = anAction(cycle, { title: 'Teamdag visie', status: 'planned', dueDate: '2026-05-01' });
  const done = anAction(cycle, {
    title: 'Leersteunraad evalueren',
    expectationCodes: ['BL2'],
    status: 'done',
    dueDate: '2025-11-30',
    evaluation: 'Goed verlopen.',
  });
  const plan = anAction(cycle, {
    title: 'Handelingsplan per leerling',
    expectationCodes: ['M2', 'M1'],
    status: 'planned',
    dueDate: '2026-02-15',
  });
  const undated = anAction(cycle, { title: 'Folder informatiepunt', expectationCodes: ['BL1'] });

  const input: ReportInput = {
    profile: fixtureProfile(),
    cycle,
    // Not in the order they joined, so the report has to sort them.
    participants: [chris, ann, bram],
    assessments,
    evidence: [survey, council, parents, observation, unlinked],
    attachmentNames: new Map([
      [survey.id, ['bevraging-leraren.pdf']],
      [observation.id, ['observatie-1.jpg', 'observatie-2.jpg']],
    ]),
    actions: [undated, done, general, carried, overdue, plan],
    selfParticipantId: ann.id,
    previous: {
      cycle: previousCycle,
      actions: [previousNotCarried, previousLeftOpen, previousCarried, previousDropped],
      assessments: previousAssessments,
      recommendations: [previousRecommendation],
      participants: [previousAnn],
      selfParticipantId: previousAnn.id,
    },
    options: { codes: [...EXPECTATION_CODES], includeIndividualNotes: false, anonymise: false, ...options },
    now: REPORT_NOW,
    today: TODAY,
  };
  return {
    input,
    vocabulary: reportVocabulary(),
    cycle,
    previousCycle,
    participants: { ann, bram, chris },
    evidence: { survey, council, parents, observation, unlinked },
    actions: { overdue, carried, general, done, plan, undated },
    previousActions: {
      carried: previousCarried,
      notCarried: previousNotCarried,
      dropped: previousDropped,
      leftOpen: previousLeftOpen,
    },
  };
}

/** An individual reflection by one leerondersteuner over a focus of five expectations. */
export function personalFixture(options: Partial<ReportOptions> = {}): {
  input: ReportInput;
  vocabulary: ReportVocabulary;
  cycle: Cycle;
  self: Participant;
} {
  const scope: ExpectationCode[] = ['R1', 'R2', 'M1', 'M2', 'BL2'];
  const cycle = aCycle({ title: 'Mijn reflectie', mode: 'individual', scope });
  const self = createParticipant({ cycleId: cycle.id, name: 'Ann Peeters', role: 'supportStaff' }, NOW);
  const assessments = [
    assessment(cycle, 'R1', 'meets', self.id, { strengths: 'Goede band met de scholen.' }),
    assessment(cycle, 'R2', 'approaching', self.id, { pointsToDevelop: 'Meer effect meten.' }),
    assessment(cycle, 'M1', 'below', self.id),
  ];
  const evidence = [
    evidenceOf(cycle, {
      title: 'Logboek',
      kind: 'document',
      voices: ['supportStaff'],
      expectationCodes: ['R1'],
    }),
  ];
  const actions = [
    anAction(cycle, { title: 'Effectmeting uitproberen', expectationCodes: ['R2'], dueDate: '2026-04-01' }),
  ];
  return {
    cycle,
    self,
    vocabulary: reportVocabulary(),
    input: {
      profile: createLscProfile(NOW),
      cycle,
      participants: [self],
      assessments,
      evidence,
      attachmentNames: new Map(),
      actions,
      selfParticipantId: self.id,
      options: { codes: scope, includeIndividualNotes: false, anonymise: false, ...options },
      now: REPORT_NOW,
      today: TODAY,
    },
  };
}

/** The personal fixture with journal notes on R2: two of Ann's, one of someone else's cycle or person. */
export function personalJournalFixture() {
  const fixture = personalFixture();
  const { cycle, self } = fixture;
  const note = (date: string, text: string, participantId = self.id, cycleId = cycle.id) =>
    createJournalNote(
      { cycleId, expectationCode: 'R2', participantId, date, text },
      new Date(`${date}T16:00:00Z`),
    );
  const journalNotes = [
    note('2025-10-08', 'Eerste meting met twee scholen afgesproken.'),
    note('2025-12-02', 'Meting gedaan: de leraren merken minder handelingsverlegenheid.'),
    note('2025-11-01', 'Niet van Ann.', crypto.randomUUID()),
    note('2025-11-02', 'Andere cyclus.', self.id, crypto.randomUUID()),
  ];
  const lateAction = anAction(cycle, {
    title: 'Feedback van leraren vragen',
    expectationCodes: ['R2'],
    dueDate: '2026-01-10',
    status: 'ongoing',
  });
  const input = {
    ...fixture.input,
    journalNotes,
    actions: [...fixture.input.actions, lateAction],
  };
  return { ...fixture, model: buildReport(input, fixture.vocabulary) };
}

/** A team cycle in which nothing happened yet: no participants, ratings, evidence or actions; a blank profile. */
export function emptyFixture(options: Partial<ReportOptions> = {}): {
  input: ReportInput;
  vocabulary: ReportVocabulary;
  cycle: Cycle;
} {
  const cycle = aCycle();
  return {
    cycle,
    vocabulary: reportVocabulary(),
    input: {
      profile: createLscProfile(NOW),
      cycle,
      participants: [],
      assessments: [],
      evidence: [],
      attachmentNames: new Map(),
      actions: [],
      selfParticipantId: undefined,
      options: { codes: [...EXPECTATION_CODES], includeIndividualNotes: true, anonymise: false, ...options },
      now: REPORT_NOW,
      today: TODAY,
    },
  };
}
