import { CONDITION_STATUSES } from '../condition-check';
import type { Expectation } from '../framework/expectation';
import type { ExpectationCode } from '../framework/expectation-code';
import { reportEvolution } from './evolution';
import { checkedConditions } from './operations';
import { participantsByRole, voices } from './quality-development';
import { chosenRecommendations } from './recommendations';
import { judgedRating, type ReportContext } from './report-context';
import type { EvolutionChange } from './report-input';
import type { SectionHeading, SectionOf } from './section-types';
import { surveysAsked } from './survey-voices';

type Overview = SectionOf<'overview'>;
type OverviewList = NonNullable<Overview['strengths']>;
type RecommendationItem = ReturnType<typeof chosenRecommendations>['groups'][number]['items'][number];

/** The most sterke punten, and the most priorities, the front page lists: the limit the team is asked to keep. */
export const OVERVIEW_LIST_LIMIT = 5;

/**
 * The longest a recommendation's text is on the front page, in characters, "…" included: one line of the
 * printed page and of the Word file beside its code, also where LibreOffice has no Carlito for Calibri and
 * sets the wider DejaVu Sans (looked at with five and five long texts).
 */
export const OVERVIEW_TEXT_LENGTH = 70;

/**
 * A text on one line, no longer than `max` characters: cut at the last space that fits, with "…" after the last
 * whole word (a word longer than the whole is cut inside it). Line breaks and runs of spaces become one space.
 */
export function shortText(text: string, max: number): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  const characters = [...line];
  if (characters.length <= max) return line;
  const room = characters.slice(0, Math.max(1, max - 1)).join('');
  // Cut where the next character would have been a space, so the last word is whole.
  const fits = characters[max - 1] === ' ' ? room : room.slice(0, Math.max(0, room.lastIndexOf(' ')));
  const kept = (fits.trim() === '' ? room : fits).replace(/[\s,;:.\-–—]+$/u, '');
  return `${kept}…`;
}

/** The levels from high to low, then the column of the codes without a level, and per group where each code stands. */
function levels(context: ReportContext): Overview['levels'] {
  const { vocabulary } = context;
  const labels = vocabulary.labels.overview;
  const scale = vocabulary.framework.scale
    .flatMap((entry) => (entry.kind === 'level' ? [entry] : []))
    .sort((a, b) => b.value - a.value);
  const column = (code: ExpectationCode): number => {
    const rating = judgedRating(context, code);
    const index = scale.findIndex((entry) => entry.id === rating.id);
    return index === -1 ? scale.length : index;
  };
  const cellsOf = (expectations: readonly Expectation[]): ExpectationCode[][] => {
    const cells = Array.from({ length: scale.length + 1 }, (): ExpectationCode[] => []);
    for (const { code } of expectations) {
      if (context.codes.includes(code)) cells[column(code)]?.push(code);
    }
    return cells;
  };
  const rows = vocabulary.framework.outline.flatMap(({ rubric, expectations, subrubrics }) => [
    { group: rubric.title, cells: cellsOf(expectations) },
    ...subrubrics.map(({ subrubric, expectations: inSubrubric }) => ({
      group: labels.subrubric(rubric.title, subrubric.title),
      cells: cellsOf(inSubrubric),
    })),
  ]);
  const reported = rows.filter((row) => row.cells.some((cell) => cell.length > 0));
  return {
    title: labels.levels,
    groupColumn: labels.groupColumn,
    columns: [
      ...scale.map((entry) => ({ label: entry.label, short: String(entry.value) })),
      { label: labels.noLevel, short: labels.noLevel },
    ],
    legend: scale.map((entry) => labels.legendEntry(String(entry.value), entry.label)).join(' · '),
    rows: reported,
    totals: {
      label: labels.total,
      counts: Array.from({ length: scale.length + 1 }, (_, index) =>
        reported.reduce((sum, row) => sum + (row.cells[index]?.length ?? 0), 0),
      ),
    },
  };
}

/** A list of the first recommendations, each text cut short, saying how many more the full section has. */
function list(
  context: ReportContext,
  title: string,
  items: readonly (RecommendationItem & { mark?: string })[],
): OverviewList {
  const labels = context.vocabulary.labels.overview;
  const shown = items.slice(0, OVERVIEW_LIST_LIMIT);
  const more = items.length - shown.length;
  return {
    title,
    items: shown.map((item) => ({
      code: item.code,
      text: shortText(item.text, OVERVIEW_TEXT_LENGTH),
      ...(item.mark === undefined ? {} : { mark: item.mark }),
    })),
    ...(more > 0 ? { more: labels.more(more) } : {}),
  };
}

/**
 * The sterke punten, and the priorities: the tekorten first (beneath the expectation, what the centre must work
 * on), then the ontwikkelingskansen, each group in the team's order.
 */
function recommendationLists(context: ReportContext): Pick<Overview, 'strengths' | 'priorities'> {
  const labels = context.vocabulary.labels.overview;
  const { groups } = chosenRecommendations(context);
  const itemsOf = (kind: 'strengths' | 'opportunities' | 'shortcomings') =>
    groups.find((group) => group.kind === kind)?.items ?? [];
  return {
    strengths: list(context, labels.strengths, itemsOf('strengths')),
    priorities: list(context, labels.priorities, [
      ...itemsOf('shortcomings').map((item) => ({ ...item, mark: labels.shortcoming })),
      ...itemsOf('opportunities'),
    ]),
  };
}

/** The checklist's state: how many conditions have each status, "nog niet nagegaan" last. */
function operations(context: ReportContext): NonNullable<Overview['operations']> {
  const { labels } = context.vocabulary;
  const statuses = checkedConditions(context).map(({ check }) => check?.status ?? 'notAssessed');
  const order = [...CONDITION_STATUSES.filter((status) => status !== 'notAssessed'), 'notAssessed' as const];
  return {
    title: labels.overview.operations,
    counts: order.map((status) => ({
      status: labels.conditionStatuses[status],
      count: statuses.filter((each) => each === status).length,
    })),
  };
}

/** Who took part, the voices the sources carry and the bevragingen's answers, each on one line. */
function participation(context: ReportContext): NonNullable<Overview['participation']> {
  const labels = context.vocabulary.labels.overview;
  const counted = (rows: readonly { name: string; count: number }[]) =>
    rows.map((row) => labels.counted(row.name, row.count)).join(', ');
  const roles = participantsByRole(context).map((row) => ({ name: row.role, count: row.count }));
  const voiceRows = voices(context).map((row) => ({ name: row.voice, count: row.count }));
  const surveys = surveysAsked(context);
  return {
    title: labels.participation,
    rows: [
      {
        label: labels.participants,
        value: labels.participantsValue(context.participants.length, counted(roles)),
      },
      { label: labels.voices, value: voiceRows.length === 0 ? labels.noVoices : counted(voiceRows) },
      ...(surveys.length === 0
        ? []
        : [
            {
              label: labels.surveys,
              value: surveys
                .map((survey) => labels.surveyAnswers(survey.group, survey.responses, survey.asked))
                .join('; '),
            },
          ]),
    ],
  };
}

/** The order in which the changes are listed: what a reader looks for first. */
const CHANGE_ORDER: readonly EvolutionChange[] = [
  'rose',
  'same',
  'fell',
  'newInFocus',
  'needsInformation',
  'noTeamJudgement',
  'notComparable',
];

/** With a comparable previous cycle: the reported codes per change, changes nobody made left out. */
function evolution(context: ReportContext): Overview['evolution'] {
  if (context.evolution === undefined) return undefined;
  const changes = context.codes.flatMap((code) => {
    const change = reportEvolution(context.evolution, context.vocabulary, code)?.change;
    return change === undefined ? [] : [{ code, change }];
  });
  const rows = CHANGE_ORDER.flatMap((id) => {
    const matching = changes.filter((entry) => entry.change.id === id);
    const first = matching[0];
    return first === undefined ? [] : [{ change: first.change, codes: matching.map((entry) => entry.code) }];
  });
  return {
    title: context.vocabulary.labels.overview.evolution(context.evolution.previous.cycle.schoolYear),
    rows,
  };
}

/**
 * In één oogopslag: the report on one page, in front of section 1. The levels per rubriek and deelrubriek;
 * in a team report also the team's chosen sterke punten and priorities (at most five each, texts cut short),
 * the state of the regulations checklist and who took part; with a comparable previous cycle, what changed.
 * A personal report has only the levels and the evolution: the rest is the centre's or the team's.
 */
export function overviewSection(context: ReportContext, heading: SectionHeading): Overview {
  const team = context.kind === 'team';
  const change = evolution(context);
  return {
    id: 'overview',
    ...heading,
    levels: levels(context),
    ...(team
      ? {
          ...recommendationLists(context),
          operations: operations(context),
          participation: participation(context),
        }
      : {}),
    ...(change === undefined ? {} : { evolution: change }),
  };
}
