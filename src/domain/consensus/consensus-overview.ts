import { aggregateCycle, disagreementAgenda, type AgendaItem } from '../aggregation';
import type { Assessment } from '../assessment';
import type { Cycle } from '../cycle';
import { consensusByExpectation } from '../cycle-ratings';
import { agreedCount, isAgreed } from './agreed';
import type { ExpectationCode } from '../framework/expectation-code';
import type { Participant } from '../participant';

/** One bespreekpunt of the consensus meeting: how the team rated it, and what the team agreed so far. */
export interface ConsensusItem extends AgendaItem {
  /** Place on the agenda, from 1. */
  position: number;
  /** The team's consensus record (the newest, when merged copies hold several), if one was started. */
  consensus: Assessment | undefined;
  /** Whether the team recorded an answer: a consensus with a rating other than "nog niet beoordeeld". */
  agreed: boolean;
}

/** The consensus meeting of a team cycle: its bespreekpunten and how far the team has come. */
export interface ConsensusOverview {
  /** Every expectation in scope, ordered as {@link disagreementAgenda} orders the bespreekpunten. */
  items: ConsensusItem[];
  /** Expectations in scope with an agreed answer. */
  agreed: number;
  /** Expectations in scope. */
  total: number;
  /** Whether any participant gave any answer on any expectation in scope; without, there is nothing to discuss. */
  hasAnswers: boolean;
}

/**
 * The bespreekpunten of a cycle, most disagreement first, each with the team's consensus so far. Only the
 * cycle's own participants and assessments count; the order rests on the individual ratings alone, so it
 * stays put while the team records its consensus.
 */
export function consensusOverview(
  cycle: Cycle,
  assessments: readonly Assessment[],
  participants: readonly Participant[],
): ConsensusOverview {
  const consensus = consensusByExpectation(cycle, assessments);
  const items = disagreementAgenda(aggregateCycle(cycle, assessments, participants)).map(
    (item, index): ConsensusItem => {
      const record = consensus.get(item.aggregate.code);
      return { ...item, position: index + 1, consensus: record, agreed: isAgreed(record) };
    },
  );
  return {
    items,
    agreed: agreedCount(cycle, assessments),
    total: items.length,
    hasAnswers: items.some((item) => item.aggregate.answered > 0),
  };
}

/** Where a bespreekpunt stands on the agenda, and its neighbours. */
export interface AgendaPlace {
  item: ConsensusItem;
  previous: ConsensusItem | undefined;
  next: ConsensusItem | undefined;
  /** The first bespreekpunt after this one (from the top again after the last) still without an agreed answer. */
  nextOpen: ConsensusItem | undefined;
}

/** The place of an expectation on the agenda; undefined when it is not on it (not in scope). */
export function agendaPlace(items: readonly ConsensusItem[], code: ExpectationCode): AgendaPlace | undefined {
  const index = items.findIndex((item) => item.aggregate.code === code);
  const item = items[index];
  if (item === undefined) return undefined;
  const after = [...items.slice(index + 1), ...items.slice(0, index)];
  return {
    item,
    previous: items[index - 1],
    next: items[index + 1],
    nextOpen: after.find((candidate) => !candidate.agreed),
  };
}

/** The first bespreekpunt without an agreed answer, in agenda order. */
export function firstOpen(items: readonly ConsensusItem[]): ConsensusItem | undefined {
  return items.find((item) => !item.agreed);
}
