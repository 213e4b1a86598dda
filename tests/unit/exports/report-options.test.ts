import { describe, expect, it } from 'vitest';
import { createConditionCheck } from '../../../src/domain/condition-check-schema';
import { expectationsOf } from '../../../src/domain/framework/framework-summary';
import { createParticipant } from '../../../src/domain/participant-schema';
import { createRecommendation } from '../../../src/domain/recommendation-schema';
import { buildReport } from '../../../src/domain/report/build-report';
import type { ReportInput, ReportOptions } from '../../../src/domain/report/report-input';
import { at } from '../domain/report/fixture-records';
import { teamFixture } from '../domain/report/fixture-cycle';
import { FORMATS, formatText } from './report-formats';

// Every report option holds in every format a report leaves the app in: the report page (and so its
// print/PDF), Word, CSV and JSON. Each test reads what a person opening the file would see.

/**
 * The team fixture (Ann, coördinator; Bram, leerondersteuner; Chris, directie, anonymous) with the
 * participants' names written inside text the team typed: a judgement, evidence, an action, the centre's
 * profile, a checklist note and a rewritten recommendation.
 */
function namedInText(options: Partial<ReportOptions>): ReportInput {
  const { input, vocabulary } = teamFixture(options);
  const r1 = (code: string) =>
    input.assessments.map((assessment) =>
      assessment.expectationCode === code && assessment.kind === 'consensus'
        ? {
            ...assessment,
            justification: 'Volgens Ann Peeters en bram  claes toont de bevraging tevredenheid.',
          }
        : assessment,
    );
  const [condition] = vocabulary.conditions;
  return {
    ...input,
    profile: { ...input.profile, teamComposition: 'Ann Peeters (coördinator), Bram Claes en Chris Maes.' },
    assessments: r1('R1'),
    evidence: input.evidence.map((item, index) =>
      index === 0 ? { ...item, description: 'Afgenomen door Chris in november.' } : item,
    ),
    actions: input.actions.map((action) => ({
      ...action,
      evaluation: 'Bram en Ann plannen de derde sessie.',
    })),
    conditionChecks: [
      createConditionCheck({
        cycleId: input.cycle.id,
        conditionId: condition!.id,
        note: 'Nagegaan door Ann.',
      }),
    ],
    recommendations: [
      createRecommendation({
        cycleId: input.cycle.id,
        expectationCode: 'R2',
        text: 'Chris Maes volgt dit op.',
      }),
    ],
  };
}

/** What the participants wrote in their own assessments: the text only individual notes may carry. */
function membersTexts(input: ReportInput): string[] {
  return input.assessments
    .filter((assessment) => assessment.kind === 'individual')
    .flatMap((assessment) => [assessment.justification, assessment.strengths, assessment.pointsToDevelop])
    .filter((text) => text.trim() !== '');
}

const NAMES = /\b(ann|peeters|bram|claes|chris|maes)\b/i;
/** A participant's anonymous name followed by a role, with only separators (or a JSON key) between them. */
const namedRole = (role: string): RegExp =>
  new RegExp(`Deelnemer \\d+[^\\p{L}\\p{N}]{0,24}(?:role[^\\p{L}\\p{N}]{0,6})?${role}`, 'u');

async function textOf(format: (typeof FORMATS)[number], input: ReportInput): Promise<string> {
  return formatText(format, buildReport(input, teamFixture().vocabulary));
}

describe.each(FORMATS)('the %s keeps the report options', (format) => {
  it('carries no member’s own text without "individuele notities", and every one with it', async () => {
    for (const anonymise of [false, true]) {
      const without = namedInText({ includeIndividualNotes: false, anonymise });
      const texts = membersTexts(without);
      expect(texts.length).toBeGreaterThan(3);
      const text = await textOf(format, without);
      for (const member of texts) expect(text).not.toContain(member);
      const withNotes = await textOf(format, namedInText({ includeIndividualNotes: true, anonymise }));
      for (const member of texts) expect(withNotes).toContain(member);
    }
  });

  it('names no participant with "namen vervangen", not even inside text someone wrote', async () => {
    const named = await textOf(format, namedInText({ includeIndividualNotes: true, anonymise: false }));
    expect(named).toMatch(NAMES);
    const text = await textOf(format, namedInText({ includeIndividualNotes: true, anonymise: true }));
    expect(text).not.toMatch(NAMES);
    expect(text).toContain('Deelnemer 2');
  });

  it('withholds a role that fewer than three participants hold, and shows one that three hold', async () => {
    const input = namedInText({ includeIndividualNotes: true, anonymise: true });
    const text = await textOf(format, input);
    for (const role of ['coördinator', 'leerondersteuner', 'directie']) {
      expect(text).not.toMatch(namedRole(role));
    }
    // Two more leerondersteuners: Bram (Deelnemer 2) is now one of three.
    const colleagues = ['Dirk Wouters', 'Els Janssens'].map((name, index) =>
      createParticipant(
        { cycleId: input.cycle.id, name, role: 'supportStaff' },
        at(`2025-09-0${3 + index}T08:00:00Z`),
      ),
    );
    const larger = await textOf(format, { ...input, participants: [...input.participants, ...colleagues] });
    expect(larger).toMatch(namedRole('leerondersteuner'));
    expect(larger).not.toMatch(namedRole('directie'));
  });

  it('carries nothing of the expectations left out of the selection', async () => {
    const { vocabulary } = teamFixture();
    const input = namedInText({ includeIndividualNotes: true, codes: ['R1', 'M2'] });
    const text = await textOf(format, input);
    for (const expectation of expectationsOf(vocabulary.framework)) {
      if (['R1', 'M2'].includes(expectation.code)) expect(text).toContain(expectation.statement);
      else expect(text).not.toContain(expectation.statement);
    }
    // M1's consensus text, its only evidence and its only action stay out.
    for (const other of [
      'Handelingsplannen samen met de leraar opstellen.',
      'Gesprek met ouders',
      'Intervisie leerondersteuners',
    ]) {
      expect(text).not.toContain(other);
    }
  });
});
