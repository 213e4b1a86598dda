import {
  areComparable,
  compareCycles,
  comparedRatings,
  type ComparedCycle,
  type ComparedValue,
} from '../comparison';
import type { Cycle } from '../cycle';
import type { ExpectationCode } from '../framework/expectation-code';
import { levelValue } from '../rating';
import type { EvolutionChange, PreviousCycleRecords, ReportInput, ReportVocabulary } from './report-input';
import type { ReportEvolution, ReportRating } from './report-model';
import { reportRating } from './report-rating';

/** An expectation's value in the previous cycle (undefined outside its scope) and the change since. */
interface EvolutionValue {
  before: ComparedValue | undefined;
  change: EvolutionChange;
}

/**
 * The reported cycle against the one it follows up, by the comparison's own rules: per expectation of either
 * cycle's scope, its value in the previous cycle (undefined outside that scope) and the change.
 */
export interface Evolution {
  previous: PreviousCycleRecords;
  values: ReadonlyMap<ExpectationCode, EvolutionValue>;
  /** Both rated against the same version of the referentiekader, so their levels may be drawn together. */
  sameFramework: boolean;
}

/** A cycle with the judgements a comparison counts and, for a reflection, whose it is. */
function compared(
  cycle: Cycle,
  records: Pick<PreviousCycleRecords, 'assessments' | 'participants'>,
  selfParticipantId: string | undefined,
): ComparedCycle {
  const person = records.participants.find((participant) => participant.id === selfParticipantId)?.name;
  return {
    cycle,
    ratings: comparedRatings(cycle, records.assessments, selfParticipantId),
    ...(cycle.mode === 'individual' && person !== undefined ? { person } : {}),
  };
}

/**
 * The comparison with the previous cycle, when there is one that is comparable (a team's with a team's, a
 * person's reflection with their own) and earlier; otherwise undefined, and the report says nothing of it.
 * An expectation outside the previous scope is new in focus; every other change is the comparison's.
 */
export function evolutionOf(input: ReportInput): Evolution | undefined {
  const { previous } = input;
  if (previous === undefined) return undefined;
  const current = compared(input.cycle, input, input.selfParticipantId);
  const before = compared(previous.cycle, previous, previous.selfParticipantId);
  if (!areComparable(before, current)) return undefined;
  const { cycles, trends } = compareCycles([before, current]);
  if (cycles[0] !== previous.cycle) return undefined;
  const values = new Map<ExpectationCode, EvolutionValue>(
    trends.map((trend) => {
      const [value] = trend.values;
      return [trend.code, { before: value, change: value === undefined ? 'newInFocus' : trend.change }];
    }),
  );
  return {
    previous,
    values,
    sameFramework: previous.cycle.frameworkVersion === input.cycle.frameworkVersion,
  };
}

/** A previous value as the report words it; a team's missing judgement as "nog geen gezamenlijk oordeel". */
function previousRating(vocabulary: ReportVocabulary, value: ComparedValue | undefined): ReportRating {
  if (value === 'noTeamJudgement') return { id: 'notRated', label: vocabulary.labels.noTeamJudgement };
  return reportRating(vocabulary, value ?? 'notInFocus');
}

/** The change in words, with its sign where a level rose, stayed or fell. */
function changeOf(vocabulary: ReportVocabulary, id: EvolutionChange): ReportEvolution['change'] {
  const { changes, signs } = vocabulary.labels.evolution;
  const sign = id === 'rose' || id === 'same' || id === 'fell' ? signs[id] : undefined;
  return { id, label: changes[id], ...(sign === undefined ? {} : { sign }) };
}

/** An expectation's judgement in the previous cycle and its change; undefined without a comparable one. */
export function reportEvolution(
  evolution: Evolution | undefined,
  vocabulary: ReportVocabulary,
  code: ExpectationCode,
): ReportEvolution | undefined {
  const value = evolution?.values.get(code);
  if (evolution === undefined || value === undefined) return undefined;
  return {
    schoolYear: evolution.previous.cycle.schoolYear,
    previous: previousRating(vocabulary, value.before),
    change: changeOf(vocabulary, value.change),
  };
}

/** The level (1–4) an expectation had in the previous cycle, or null when it had none there. */
export function previousLevel(evolution: Evolution, code: ExpectationCode): number | null {
  const before = evolution.values.get(code)?.before;
  return (before !== undefined && before !== 'noTeamJudgement' && levelValue(before)) || null;
}
