import type { Assessment, Rating } from '../../../../src/domain/assessment';
import type { Cycle } from '../../../../src/domain/cycle';
import { type Evidence } from '../../../../src/domain/evidence';
import { createEvidence } from '../../../../src/domain/evidence-schema';
import type { ExpectationCode } from '../../../../src/domain/framework/expectation-code';
import { createLscProfile, type LscProfile } from '../../../../src/domain/lsc-profile';
import { NOW, anAssessment } from '../factories';

// The building blocks of the report fixture (fixture-cycle.ts): its ratings table, texts and record helpers.

/** The texts of an assessment, all optional. */
export type Texts = Partial<
  Pick<Assessment, 'justification' | 'strengths' | 'pointsToDevelop' | 'supportLevels'>
>;

/** Ratings by Ann, Bram and Chris (undefined: no assessment), and the consensus (undefined: none). */
export type Row = [
  ann: Rating | undefined,
  bram: Rating | undefined,
  chris: Rating | undefined,
  consensus?: Rating,
];

/**
 * The individual ratings and consensus per expectation. Disagreement on most; consensus on eight (R1, R2,
 * V1, M1, M2, S1, BL1, BL2); the others fall back to Ann (the self participant), except BL3 and BL4 where
 * Ann gave no rating (nobody's judgement) and BL5 where she only wrote a note.
 */
export const FIXTURE_RATINGS: Record<ExpectationCode, Row> = {
  R1: ['meets', 'approaching', 'meets', 'meets'],
  R2: ['exceeds', 'meets', 'exceeds', 'exceeds'],
  R3: ['meets', 'meets', 'meets'],
  V1: ['needsInformation', 'approaching', 'notRated', 'needsInformation'],
  M1: ['approaching', 'below', 'approaching', 'approaching'],
  M2: ['below', 'below', 'approaching', 'below'],
  M3: ['meets', 'exceeds', undefined],
  M4: ['approaching', 'approaching', 'approaching'],
  S1: ['meets', 'meets', 'meets', 'meets'],
  S2: ['approaching', 'meets', 'below'],
  S3: ['meets', undefined, undefined],
  S4: ['notInFocus', 'notInFocus', 'meets'],
  BL1: ['meets', 'meets', 'meets', 'meets'],
  BL2: ['approaching', 'meets', 'meets', 'meets'],
  BL3: [undefined, 'meets', 'approaching'],
  BL4: [undefined, undefined, undefined],
  BL5: ['notRated', 'notRated', undefined],
};

export function at(iso: string): Date {
  return new Date(iso);
}

export function assessment(
  cycle: Cycle,
  code: ExpectationCode,
  rating: Rating,
  participantId: string | undefined,
  texts: Texts = {},
): Assessment {
  const options = participantId === undefined ? {} : { participantId };
  return { ...anAssessment(cycle, code, rating, options), ...texts };
}

export function evidenceOf(
  cycle: Cycle,
  fields: Omit<Parameters<typeof createEvidence>[0], 'cycleId'>,
): Evidence {
  return createEvidence({ cycleId: cycle.id, ...fields }, NOW);
}

export function fixtureProfile(): LscProfile {
  return {
    ...createLscProfile(NOW),
    name: 'Leersteuncentrum De Brug',
    workingArea: 'Zuid-West-Vlaanderen, 14 gemeenten.',
    schoolsServed: '62 scholen basis- en secundair onderwijs.',
    teamComposition: '',
    supportTypes: ['type-9', 'basisaanbod', 'type-2'],
    structuralPartnerships: 'Samenwerking met LSC Horizon voor type 4, 6 en 7.',
    supportCouncil: 'Elke school is vertegenwoordigd.',
    otherContext: '   ',
  };
}

/** Texts the participants and the team wrote, by expectation. */
export function textsFor(code: ExpectationCode, who: 'ann' | 'bram' | 'chris' | 'consensus'): Texts {
  const texts: Partial<Record<ExpectationCode, Partial<Record<typeof who, Texts>>>> = {
    R1: {
      ann: { justification: 'Scholen zijn tevreden.', strengths: 'Snelle opstart.' },
      bram: { justification: 'Nog niet overal.', pointsToDevelop: 'Opvolging na de opstart.' },
      consensus: {
        justification: 'De bevraging toont tevredenheid.',
        strengths: 'Scholen ervaren de leersteun als snel en nabij.',
        pointsToDevelop: 'Effecten bij leerlingen beter in beeld brengen.',
        supportLevels: ['schoolteam', 'leerling'],
      },
    },
    R2: {
      consensus: { justification: 'Co-teaching werkt.', strengths: '', supportLevels: ['leraar'] },
    },
    M1: {
      consensus: { pointsToDevelop: 'Handelingsplannen samen met de leraar opstellen.' },
    },
    BL5: { ann: { justification: 'Nog te bespreken met het team.' } },
  };
  return texts[code]?.[who] ?? {};
}
