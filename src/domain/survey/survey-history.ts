import type { Cycle } from '../cycle';
import type { AskedStatement } from './asked-statements';
import type { SurveyOutcome, VoiceOnExpectation } from './expectation-voices';
import type { ItemResult } from './item-result';

/** The outcomes of an earlier cycle's bevragingen, as `surveyOutcome` gives them. */
export interface EarlierCycleOutcomes {
  cycle: Pick<Cycle, 'id' | 'schoolYear'>;
  outcomes: readonly SurveyOutcome[];
}

/** What the same statement, asked of the same group, showed in an earlier cycle. */
export interface EarlierResult {
  cycle: Pick<Cycle, 'id' | 'schoolYear'>;
  /** The earlier bevraging's first and last day, to tell two of one school year apart. */
  period: { startDate: string; endDate: string };
  /** The anonymity threshold that applied to it, to explain a hidden result. */
  threshold: number;
  result: ItemResult;
}

/** One statement informing the expectation, with its result now and what it showed before. */
export interface StatementOverYears {
  statement: AskedStatement;
  /** Present once this cycle's bevraging is finished. */
  result?: ItemResult;
  /** Newest cycle first; only finished bevragingen, since a running one shows no result. */
  earlier: EarlierResult[];
}

/** A bevraging's voice on an expectation, each statement with its earlier results beside it. */
export interface VoiceOverYears extends Omit<VoiceOnExpectation, 'statements'> {
  statements: StatementOverYears[];
}

/**
 * Pairs this cycle's statements with what the same statement id, asked of the same respondent group, showed in
 * earlier cycles. The same id means the same words (a changed text is a new id), so the results are
 * comparable; the same group, because parents and teachers answering one id would not be. An earlier result
 * below its threshold stays hidden: it is listed as `{ shown: false }`, carrying nothing.
 */
export function withEarlierResults(
  voices: readonly VoiceOnExpectation[],
  earlierCycles: readonly EarlierCycleOutcomes[],
): VoiceOverYears[] {
  return voices.map((voice) => ({
    ...voice,
    statements: voice.statements.map(({ statement, result }) => ({
      statement,
      ...(result ? { result } : {}),
      earlier: earlierCycles.flatMap(({ cycle, outcomes }) =>
        outcomes.flatMap(({ survey, results }) => {
          if (!results || survey.group !== voice.survey.group) return [];
          const item = results.items.find((candidate) => candidate.itemId === statement.id);
          if (!item) return [];
          const period = { startDate: survey.startDate, endDate: survey.endDate };
          return [{ cycle, period, threshold: results.threshold, result: item.result }];
        }),
      ),
    })),
  }));
}
