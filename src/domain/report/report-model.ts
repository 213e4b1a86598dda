import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { REPORT_FORMAT_VERSION } from './report-format';

/**
 * The self-evaluation report as data: one model, built by buildReport from a cycle, that every renderer
 * (report page, .docx, JSON) draws. It carries its own Dutch labels, so a renderer needs no lookups and the
 * JSON export reads on its own. The schema is published as JSON Schema (rapport.schema.json at the top of the site).
 */

const Text = lazySchema(() => z.string());
const Code = lazySchema(() => z.string());
const CalendarDate = lazySchema(() => z.optional(z.string()));

/** A rating with its label as content words it, and its place on the scale (1–4) when it is a level. */
export const ReportRatingSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    label: Text,
    level: z.optional(z.number()),
  }),
);

/** How many respondents gave each answer, for the spread beside a team's judgement. */
export const ReportSpreadSchema = lazySchema(() =>
  z.object({
    respondents: z.number(),
    /** One entry per answer that at least one respondent gave, highest level first. */
    counts: z.array(z.object({ rating: ReportRatingSchema, count: z.number() })),
    /** Lowest and highest level given, when any respondent gave a level. */
    lowest: z.optional(ReportRatingSchema),
    highest: z.optional(ReportRatingSchema),
  }),
);

/** A piece of evidence as the report lists it. */
export const ReportEvidenceSchema = lazySchema(() =>
  z.object({
    title: Text,
    kind: Text,
    voices: z.array(Text),
    date: CalendarDate,
    description: Text,
    link: z.optional(Text),
    attachmentNames: z.array(Text),
    expectationCodes: z.array(Code),
  }),
);

/**
 * One statement's result from a bevraging. Below the anonymity threshold it carries only `note` ("te weinig
 * antwoorden om te tonen"): not even its number of answers, so nothing hidden can be worked out.
 */
export const ReportSurveyResultSchema = lazySchema(() =>
  z.discriminatedUnion('shown', [
    z.object({
      shown: z.literal(true),
      /** Everyone who answered it: on the scale and "weet ik niet". */
      answers: z.number(),
      /** "Weet ik niet / niet van toepassing", counted apart from the scale. */
      dontKnow: z.number(),
      /** The share (0–1) of the answers on the scale that agree; absent when nobody answered on the scale. */
      agreeShare: z.optional(z.number()),
      /** Per point of the scale, lowest first. */
      distribution: z.array(z.object({ label: Text, count: z.number() })),
    }),
    z.object({ shown: z.literal(false), note: Text }),
  ]),
);

/** A bevraging as the report names it: its group, its period and how many were asked and answered. */
export const ReportSurveySchema = lazySchema(() =>
  z.object({
    group: Text,
    startDate: z.string(),
    endDate: z.string(),
    /** How many people were asked. */
    asked: z.number(),
    /** How many answered (so far, while it runs): a count identifies nobody. */
    responses: z.number(),
    /** Responses against the number asked (0–1, more when more answered than were counted as asked). */
    responseRate: z.number(),
    /** Whether it takes no more answers; only then does the report show its results. */
    finished: z.boolean(),
    /** Its state in words: finished, or still running and so without results. */
    status: Text,
  }),
);

/** What one finished bevraging says about one expectation: the statements informing it, with their results. */
export const ReportSurveyVoiceSchema = lazySchema(() =>
  z.object({
    survey: ReportSurveySchema,
    /** Marks the statements as the questionnaire's own text, not the referentiekader's. */
    mark: Text,
    /** The scale's "weet ik niet" answer in words, counted apart. */
    dontKnowLabel: Text,
    statements: z.array(
      z.object({
        id: Text,
        statement: Text,
        /** Written by the centre for this bevraging, not taken from the questionnaire. */
        own: z.boolean(),
        result: ReportSurveyResultSchema,
      }),
    ),
  }),
);

/** One participant's own notes on an expectation, when the options include them. */
export const ReportIndividualNoteSchema = lazySchema(() =>
  z.object({
    /** Name, alias, or "Deelnemer 3" when names are anonymised. */
    participant: Text,
    /** Their role; withheld when their name is hidden and fewer than three participants hold it. */
    role: Text,
    rating: ReportRatingSchema,
    justification: Text,
    strengths: Text,
    pointsToDevelop: Text,
    supportLevels: z.array(Text),
    /** When they last changed it (ISO 8601). */
    updatedAt: z.string(),
  }),
);

/**
 * An expectation against the cycle this one follows up (only when that cycle is comparable: a team's with a
 * team's, a person's reflection with their own): its judgement there and the change, as the comparison's
 * rules (src/domain/comparison.ts) give it.
 */
export const ReportEvolutionSchema = lazySchema(() =>
  z.object({
    /** The previous cycle's school year. */
    schoolYear: Text,
    /** Its judgement there: a level or a state, "niet in focus" outside its scope, or "nog geen gezamenlijk oordeel". */
    previous: ReportRatingSchema,
    change: z.object({
      id: z.enum([
        'rose',
        'fell',
        'same',
        'newInFocus',
        'needsInformation',
        'noTeamJudgement',
        'notComparable',
      ]),
      /** In words: "gestegen", "gelijk", "gedaald", "nieuw in focus", "niet te vergelijken" … */
      label: Text,
      /** Where a level rose, stayed or fell: ▲, = or ▼. */
      sign: z.optional(Text),
    }),
  }),
);

/** One kwaliteitsverwachting with the team's (or, in a personal report, the person's) judgement. */
export const ReportExpectationSchema = lazySchema(() =>
  z.object({
    code: Code,
    /** The kwaliteitsverwachting, quoted word for word. */
    statement: Text,
    /** The judgement; in a team report without consensus, "nog geen gezamenlijk oordeel". */
    rating: ReportRatingSchema,
    /** Whose judgement `rating` is: a team's consensus, a person's own (personal reflection), or nobody's. */
    judgedBy: z.enum(['consensus', 'individual', 'nobody']),
    /** When the judgement was last changed (ISO 8601); absent when nobody judged. */
    updatedAt: z.optional(z.string()),
    spread: z.optional(ReportSpreadSchema),
    justification: Text,
    strengths: Text,
    pointsToDevelop: Text,
    supportLevels: z.array(Text),
    goodPractice: z.optional(
      z.object({
        description: Text,
        criteria: z.array(z.object({ label: Text, met: z.boolean(), evidenceTitles: z.array(Text) })),
      }),
    ),
    /** Its judgement in the previous cycle and the change, when this cycle follows up a comparable one. */
    evolution: z.optional(ReportEvolutionSchema),
    evidence: z.array(ReportEvidenceSchema),
    /** The finished bevragingen with statements informing it, in the order of the bevragingen. */
    surveyVoices: z.array(ReportSurveyVoiceSchema),
    individualNotes: z.array(ReportIndividualNoteSchema),
    /** A personal report's own actions on this expectation, soonest due first; absent in a team report. */
    actions: z.optional(
      z.array(z.object({ title: Text, status: Text, dueDate: CalendarDate, overdue: z.boolean() })),
    ),
    /** A personal report's journal on this expectation, newest day first; absent in a team report. */
    journal: z.optional(z.array(z.object({ date: z.string(), text: Text }))),
  }),
);

/** A deelrubriek with its expectations in the selection. */
export const ReportSubrubricSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    title: Text,
    statement: z.optional(Text),
    expectations: z.array(ReportExpectationSchema),
  }),
);

/** A rubriek with its expectations in the selection, directly or in deelrubrieken. */
export const ReportRubricSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    title: Text,
    statement: Text,
    expectations: z.array(ReportExpectationSchema),
    subrubrics: z.array(ReportSubrubricSchema),
  }),
);

/**
 * One recommendation: its expectation, its text, the titles of the actions on its expectation or linked to it,
 * and the group its level proposes (which may differ from the group the team put it in).
 */
const ReportRecommendationSchema = lazySchema(() =>
  z.object({
    code: Code,
    statement: Text,
    text: Text,
    actionTitles: z.array(Text),
    proposedKind: z.enum(['strengths', 'opportunities', 'shortcomings', 'needsInformation']),
  }),
);

/** An action of the ontwikkelplan as the report shows it. */
export const ReportActionSchema = lazySchema(() =>
  z.object({
    title: Text,
    expectationCodes: z.array(Code),
    goal: Text,
    successIndicator: Text,
    owner: Text,
    startDate: CalendarDate,
    dueDate: CalendarDate,
    status: Text,
    overdue: z.boolean(),
    progress: z.array(z.object({ date: z.string(), note: Text })),
    evaluation: Text,
  }),
);

/** A questionnaire as one bevraging used it. */
export const ReportQuestionnaireSchema = lazySchema(() =>
  z.object({
    survey: ReportSurveySchema,
    /** The questionnaire's title, e.g. "Vragenlijst voor ouders". */
    title: Text,
    /** Marks it as our own text, not the referentiekader's. */
    mark: Text,
    /** What the respondents read first: the bevraging's own introduction, else the questionnaire's. */
    introduction: Text,
    statements: z.array(
      z.object({
        id: Text,
        statement: Text,
        own: z.boolean(),
        /** The expectations its answers inform, reported or not. */
        expectationCodes: z.array(Code),
      }),
    ),
    /** The points of the scale, lowest first. */
    scale: z.array(Text),
    /** "Weet ik niet / niet van toepassing", beside the scale. */
    dontKnowLabel: Text,
    openQuestions: z.array(Text),
  }),
);

/** One of the previous cycle's actions and what became of it. */
export const ReportPreviousActionSchema = lazySchema(() =>
  z.object({
    title: Text,
    expectationCodes: z.array(Code),
    /** Afgerond, geschrapt, overgenomen into this cycle, or still open and not carried over (with its status). */
    outcome: z.object({ id: z.enum(['done', 'dropped', 'carriedOver', 'open']), label: Text }),
    /** Its evaluation in the previous cycle. */
    evaluation: Text,
    /** Carried over: how its copy in this cycle stands now. */
    current: z.optional(z.object({ status: Text, evaluation: Text })),
  }),
);

/** A section's heading: its number (absent for the summary at the front, which stands before section 1). */
const heading = { number: z.optional(z.number()), title: Text, intro: Text };

/** A short list of recommendations on the front page, in the team's order, each text cut at a word. */
const OverviewListSchema = lazySchema(() =>
  z.object({
    title: Text,
    items: z.array(
      z.object({
        code: Code,
        /** Its recommendation, cut at a word boundary with "…" when long; the full text is in the recommendations. */
        text: Text,
        /** Its group when the list holds more than one ("tekort"). */
        mark: z.optional(Text),
      }),
    ),
    /** "En nog 2 in de aanbevelingen" when the list holds more than the page shows. */
    more: z.optional(Text),
  }),
);

/** The report's sections, in the order of content/report-outline.yaml. */
export const ReportSectionSchema = lazySchema(() =>
  z.discriminatedUnion('id', [
    z.object({
      id: z.literal('overview'),
      ...heading,
      /** The levels per rubriek and deelrubriek: per group the codes at each level, then the codes without one. */
      levels: z.object({
        title: Text,
        /** The header of the groups' column. */
        groupColumn: Text,
        /**
         * Each level from high to low, then "zonder niveau": its label and a short header ("4") where a narrow
         * column needs one, with `legend` saying what the short headers mean.
         */
        columns: z.array(z.object({ label: Text, short: Text })),
        /** "4 overstijgt de verwachting · 3 volgens de verwachting · …". */
        legend: Text,
        rows: z.array(z.object({ group: Text, cells: z.array(z.array(Code)) })),
        /** The totals row: its label and how many codes each column holds. */
        totals: z.object({ label: Text, counts: z.array(z.number()) }),
      }),
      /** The team's chosen sterke punten and priorities (tekorten, then ontwikkelingskansen); team reports only. */
      strengths: z.optional(OverviewListSchema),
      priorities: z.optional(OverviewListSchema),
      /** How many conditions of "werking en regelgeving" have each status; team reports only. */
      operations: z.optional(
        z.object({ title: Text, counts: z.array(z.object({ status: Text, count: z.number() })) }),
      ),
      /** Who took part, the voices in the sources and the bevragingen's answers, in words; team reports only. */
      participation: z.optional(
        z.object({ title: Text, rows: z.array(z.object({ label: Text, value: Text })) }),
      ),
      /** With a comparable previous cycle: the codes per change (gestegen, gelijk, gedaald, nieuw in focus …). */
      evolution: z.optional(
        z.object({
          title: Text,
          rows: z.array(z.object({ change: ReportEvolutionSchema.shape.change, codes: z.array(Code) })),
        }),
      ),
    }),
    z.object({
      id: z.literal('administration'),
      ...heading,
      centre: z.array(z.object({ label: Text, value: Text })),
      cycle: z.array(z.object({ label: Text, value: Text })),
      /** The centre's figures of the cycle's school year beside the previous year's. */
      figures: z.object({
        title: Text,
        /** The column headers: what is counted, this school year ("2026-2027"), the previous one. */
        columns: z.tuple([Text, Text, Text]),
        rows: z.array(z.object({ label: Text, current: Text, previous: Text })),
      }),
    }),
    z.object({
      id: z.literal('qualityDevelopment'),
      ...heading,
      facts: z.array(z.object({ label: Text, value: Text })),
      participantsByRole: z.array(z.object({ role: Text, count: z.number() })),
      voices: z.array(z.object({ voice: Text, count: z.number() })),
      /** Who was asked in a bevraging of this cycle, and how many answered. */
      surveys: z.array(ReportSurveySchema),
      /**
       * Wat deden we met de vorige zelfevaluatie? Only when this cycle follows up a comparable one: its
       * recommendations as its report had them, each with the actions on its expectation and their outcome, its
       * other actions, and the expectations whose level changed since.
       */
      previousCycle: z.optional(
        z.object({
          /** The part's heading. */
          heading: Text,
          title: Text,
          schoolYear: Text,
          recommendations: z.array(
            z.object({
              kind: z.enum(['strengths', 'opportunities', 'shortcomings', 'needsInformation']),
              title: Text,
              items: z.array(
                z.object({
                  code: Code,
                  statement: Text,
                  text: Text,
                  actions: z.array(ReportPreviousActionSchema),
                }),
              ),
            }),
          ),
          /** Its actions listed with none of those recommendations: on none of their expectations, linked to none. */
          otherActions: z.array(ReportPreviousActionSchema),
          /** The reported expectations whose level rose, fell or became "meer informatie nodig", in reading order. */
          changes: z.array(
            z.object({
              code: Code,
              statement: Text,
              rating: ReportRatingSchema,
              evolution: ReportEvolutionSchema,
            }),
          ),
        }),
      ),
      /** The kwaliteitskalender, when the centre made one: its years, their focus, and which is this cycle's. */
      qualityCalendar: z.optional(
        z.object({
          /** This cycle's school year. */
          schoolYear: Text,
          years: z.array(
            z.object({ schoolYear: Text, focus: z.array(Code), note: Text, thisCycle: z.boolean() }),
          ),
          /** Where this cycle's school year stands in the plan; absent when the plan does not cover it. */
          position: z.optional(z.object({ number: z.number(), total: z.number() })),
        }),
      ),
    }),
    z.object({ id: z.literal('qualitySupport'), ...heading, rubrics: z.array(ReportRubricSchema) }),
    z.object({
      id: z.literal('operations'),
      ...heading,
      /** The erkenningsvoorwaarden as a checklist, with the team's status and note when given. */
      conditions: z.array(
        z.object({
          /** As the source names it, word for word. */
          title: Text,
          /** Our summary of what it asks, marked as ours where it is shown. */
          description: Text,
          /** Where it comes from: the source's title and the place in it. */
          source: Text,
          status: Text,
          note: Text,
          evidenceTitles: z.array(Text),
        }),
      ),
    }),
    z.object({
      id: z.literal('summary'),
      ...heading,
      /**
       * The webdiagram: one axis per expectation, the level (1–4) or null when it has none; where it was judged
       * without a level, `answer` says so in words (e.g. "meer informatie nodig"), so the axis is not just blank.
       */
      radar: z.array(
        z.object({
          code: Code,
          level: z.nullable(z.number()),
          answer: z.optional(Text),
          /** With a second series: the level in the previous cycle, or null when it had none there. */
          previousLevel: z.optional(z.nullable(z.number())),
        }),
      ),
      /**
       * The webdiagram's two series by school year, when the previous cycle is comparable and rated against the
       * same version of the referentiekader; absent, it draws this cycle alone.
       */
      comparedYears: z.optional(z.object({ current: Text, previous: Text })),
      table: z.array(
        z.object({
          code: Code,
          statement: Text,
          rating: ReportRatingSchema,
          evolution: z.optional(ReportEvolutionSchema),
        }),
      ),
    }),
    z.object({
      id: z.literal('recommendations'),
      ...heading,
      groups: z.array(
        z.object({
          kind: z.enum(['strengths', 'opportunities', 'shortcomings', 'needsInformation']),
          title: Text,
          explanation: Text,
          items: z.array(ReportRecommendationSchema),
        }),
      ),
      /** "Kies er hoogstens vijf …" when more than five sterke punten or ontwikkelingskansen are listed. */
      limitNote: z.optional(Text),
      /** The expectations the team chose not to list, so the editor can bring them back; not part of the report. */
      omitted: z.array(ReportRecommendationSchema),
    }),
    z.object({ id: z.literal('developmentPlan'), ...heading, actions: z.array(ReportActionSchema) }),
    z.object({
      id: z.literal('appendices'),
      ...heading,
      evidence: z.array(ReportEvidenceSchema),
      /** Who took part; absent in a personal report, which is one person's own. */
      participants: z.optional(z.array(z.object({ name: Text, role: Text }))),
      method: z.array(z.object({ label: Text, value: Text })),
      /** The questionnaires as each bevraging used them: our own text, marked as such. */
      questionnaires: z.array(ReportQuestionnaireSchema),
      /**
       * The open answers of finished bevragingen above the threshold, screened for personal data; only when the
       * options include them, under a warning to read them before the report is shared.
       */
      openAnswers: z.optional(
        z.object({
          title: Text,
          warning: Text,
          surveys: z.array(
            z.object({
              survey: ReportSurveySchema,
              questions: z.array(z.object({ question: Text, answers: z.array(Text) })),
            }),
          ),
        }),
      ),
    }),
  ]),
);

/** The whole report. */
export const ReportModelSchema = lazySchema(() =>
  z.object({
    /** In the JSON export: the address of this schema, so tools can validate the file. */
    $schema: z.optional(z.string()),
    formatVersion: z.literal(REPORT_FORMAT_VERSION),
    /** When the report was made (ISO 8601). */
    generatedAt: z.string(),
    /** The referentiekader version the cycle was rated against. */
    frameworkVersion: z.string(),
    /** `team` for a team cycle, `personal` for an individual reflection. */
    kind: z.enum(['team', 'personal']),
    title: Text,
    subtitle: Text,
    /**
     * The centre's name as its profile gives it, for a team report's cover and running header; absent when not
     * filled in, and in a personal report, which names its person.
     */
    centre: z.optional(Text),
    /**
     * That the cover shows the centre's logo, of this type and pixel size; the renderers get its bytes beside the
     * model, which stays small. Absent without a logo, and in a personal report.
     */
    logo: z.optional(
      z.object({
        type: z.enum(['image/png', 'image/jpeg']),
        width: z.number().check(z.int(), z.gte(1)),
        height: z.number().check(z.int(), z.gte(1)),
      }),
    ),
    /** In a personal report, whose reflection it is (name and role); absent in a team report. */
    person: z.optional(z.object({ name: Text, role: Text })),
    /** The cycle reported on: its title and school year. */
    cycle: z.object({ title: Text, schoolYear: Text }),
    /** The codes reported on, in reading order. */
    expectationCodes: z.array(Code),
    options: z.object({
      includeIndividualNotes: z.boolean(),
      anonymise: z.boolean(),
      /** Whether the appendices hold the bevragingen's open answers. */
      includeOpenAnswers: z.boolean(),
    }),
    sections: z.array(ReportSectionSchema),
    /** Says that this is a self-evaluation, not the inspectorate's judgement. */
    colophon: Text,
  }),
);

export type ReportModel = z.output<typeof ReportModelSchema>;
export type ReportSection = z.output<typeof ReportSectionSchema>;
export type ReportSectionId = ReportSection['id'];
export type ReportExpectation = z.output<typeof ReportExpectationSchema>;
export type ReportRubric = z.output<typeof ReportRubricSchema>;
export type ReportRating = z.output<typeof ReportRatingSchema>;
export type ReportEvidence = z.output<typeof ReportEvidenceSchema>;
export type ReportAction = z.output<typeof ReportActionSchema>;
export type ReportEvolution = z.output<typeof ReportEvolutionSchema>;
export type ReportPreviousAction = z.output<typeof ReportPreviousActionSchema>;
export type ReportSurvey = z.output<typeof ReportSurveySchema>;
export type ReportSurveyVoice = z.output<typeof ReportSurveyVoiceSchema>;
export type ReportSurveyResult = z.output<typeof ReportSurveyResultSchema>;
export type ReportQuestionnaire = z.output<typeof ReportQuestionnaireSchema>;
