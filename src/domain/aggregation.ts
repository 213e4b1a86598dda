/**
 * Aggregation of a team's individual ratings per expectation — each participant's own assessment;
 * respondents, counts per answer, median, range and interquartile range (Tukey's hinges), per role — and the
 * bespreekpunten for the consensus meeting, sorted by disagreement. Pure functions; see ./aggregation/.
 */
export {
  MIN_ROLE_RESPONDENTS,
  aggregateCycle,
  aggregateExpectation,
  zeroRatingCounts,
  type ExpectationAggregate,
  type RoleAggregate,
} from './aggregation/aggregate';
export {
  MIN_AGENDA_RESPONDENTS,
  disagreementAgenda,
  disagreementOf,
  type AgendaItem,
  type AgendaReason,
  type Disagreement,
} from './aggregation/agenda';
export { ownAssessments, type OwnAssessment } from './aggregation/own-assessments';
export {
  hingesOfSorted,
  medianOfSorted,
  rangeOfSorted,
  type InterquartileRange,
  type LevelRange,
} from './aggregation/statistics';
