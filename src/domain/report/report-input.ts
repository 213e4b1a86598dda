import type { Action, ActionStatus } from '../action';
import type { ExpectationTrend } from '../comparison';
import type { Assessment } from '../assessment';
import type { ConditionCheck, ConditionStatus } from '../condition-check';
import type { Cycle, CycleMode, CycleStatus } from '../cycle';
import type { Evidence } from '../evidence';
import type { JournalNote } from '../journal-note';
import type { EvidenceKind, Voice } from '../evidence-vocabulary';
import type { ExpectationCode } from '../framework/expectation-code';
import type { RubricOutline } from '../framework/framework';
import type { OperatingCondition, ReportOutlineEntry } from '../framework/report-content';
import type { GoodPracticeCriterion, ScaleEntry } from '../framework/scale';
import type { Source } from '../framework/source';
import type { SupportLevel } from '../framework/support-level';
import type { LscProfile, SupportType } from '../lsc-profile';
import type { QualityCalendar } from '../quality-calendar';
import type { Participant, ParticipantRole } from '../participant';
import type { Recommendation } from '../recommendation';
import type { ReportKind, SchoolYearFigures } from '../school-year-figures';
import type { Questionnaire } from '../survey/questionnaire';
import type { RespondentGroup } from '../survey/respondent-group';
import type { Survey } from '../survey/survey';
import type { SurveyResponse } from '../survey/survey-response';

export type { OperatingCondition, ReportOutlineEntry };

/** What an expectation's judgement did since the previous cycle: a trend's change, or new in focus. */
export type EvolutionChange = ExpectationTrend['change'] | 'newInFocus';

/**
 * The three kinds of recommendation the inspectorate uses, here as the team's advice to itself, and the
 * expectations that need more information before they can be judged (so they do not silently drop out).
 */
export type RecommendationKind = 'strengths' | 'opportunities' | 'shortcomings' | 'needsInformation';

/**
 * Every word the report needs that is not in the cycle's data: content (scale, outline, criteria,
 * conditions) and the interface's Dutch labels. Passed in, so building the report stays pure and its text
 * stays in content/ and src/ui/strings/.
 */
export interface ReportVocabulary {
  framework: {
    outline: readonly RubricOutline[];
    scale: readonly ScaleEntry[];
    goodPracticeCriteria: readonly GoodPracticeCriterion[];
  };
  sections: readonly ReportOutlineEntry[];
  conditions: readonly OperatingCondition[];
  /** The sources the conditions cite (content/sources.yaml), to name them beside each condition. */
  sources: readonly Pick<Source, 'id' | 'title'>[];
  /** The questionnaire of each respondent group: what a bevraging's statements, scale and questions are. */
  questionnaires: readonly Questionnaire[];
  labels: {
    title: (cycleTitle: string) => string;
    /** The title of a personal report: one person's reflection, not the centre's self-evaluation. */
    personalTitle: (cycleTitle: string) => string;
    subtitle: (centreName: string, schoolYear: string, mode: string) => string;
    /** Says it is a self-evaluation; `personal`: one person's reflection, so the text is theirs, not the centre's. */
    colophon: (generatedOn: string, frameworkVersion: string, personal: boolean) => string;
    /** The name shown for a participant when names are anonymised: "Deelnemer 3". */
    anonymousParticipant: (number: number) => string;
    /** The name shown for a participant who chose anonymity, also when names are not anonymised. */
    anonymous: string;
    /** The role shown for a participant whose name is hidden, when fewer than three hold their role. */
    roleWithheld: string;
    /** A team report's answer where the team has not agreed on a judgement yet. */
    noTeamJudgement: string;
    notFilledIn: string;
    conditionStatuses: Record<ConditionStatus, string>;
    /** Where a condition comes from: "Decreet leersteun: algemeen (presentatie), dia "Werking LSC"". */
    conditionSource: (sourceTitle: string, reference: string) => string;
    evidenceKinds: Record<EvidenceKind, string>;
    voices: Record<Voice, string>;
    roles: Record<ParticipantRole, string>;
    actionStatuses: Record<ActionStatus, string>;
    supportLevels: Record<SupportLevel, string>;
    supportTypes: Record<SupportType, string>;
    cycleModes: Record<CycleMode, string>;
    cycleStatuses: Record<CycleStatus, string>;
    /** Labels of the centre's profile fields, in the order they are shown. */
    profile: {
      name: string;
      institutionNumber: string;
      address: string;
      governingBody: string;
      directorName: string;
      contactEmail: string;
      contactPhone: string;
      workingArea: string;
      schoolsServed: string;
      teamComposition: string;
      supportTypes: string;
      structuralPartnerships: string;
      supportCouncil: string;
      otherContext: string;
    };
    cycle: { title: string; schoolYear: string; period: string; mode: string; status: string; scope: string };
    /** The figures of the cycle's school year beside the previous one's. */
    figures: {
      title: string;
      itemColumn: string;
      supportCouncilDate: string;
      /** A row of pupils with a verslag ("GC-verslag") of a type ("type 2"). */
      pupils: (report: string, type: string) => string;
      /** The row of all pupils with that verslag. */
      pupilsTotal: (report: string) => string;
      reports: Record<ReportKind, string>;
      trajectories: string;
      supportStaff: string;
      fte: string;
    };
    /** A calendar date (`2026-12-06`) as Flemish readers write it (`6 december 2026`). */
    formatDate: (calendarDate: string) => string;
    facts: {
      participants: string;
      evidence: string;
      consensus: (agreed: number, total: number) => string;
      consensusLabel: string;
      previousCycle: string;
    };
    /** The words of the comparison with the previous cycle. */
    evolution: {
      /** The heading of the part of section 2 about the previous cycle. */
      title: string;
      changes: Record<EvolutionChange, string>;
      /** The sign beside a level that rose, stayed or fell. */
      signs: Record<'rose' | 'same' | 'fell', string>;
      /** The outcome of a previous action carried into this cycle. */
      carriedOver: string;
      /** The outcome of a previous action left open and not carried over, with its status. */
      notCarried: (status: string) => string;
    };
    method: { frameworkVersion: string; scale: string; mode: string; generatedAt: string };
    recommendations: Record<RecommendationKind, { title: string; explanation: string }>;
    /** The words of the one-page summary in front of section 1. */
    overview: {
      levels: string;
      groupColumn: string;
      /** The column of the codes judged without a level or not judged yet. */
      noLevel: string;
      /** A level's short header and what it stands for: "4 overstijgt de verwachting". */
      legendEntry: (short: string, label: string) => string;
      total: string;
      /** A deelrubriek's row: "Ontwikkeling: Maatwerk". */
      subrubric: (rubric: string, subrubric: string) => string;
      strengths: string;
      priorities: string;
      /** Marks a priority that is a tekort. */
      shortcoming: string;
      /** Under a list cut at five: "en nog 2 in de aanbevelingen". */
      more: (count: number) => string;
      operations: string;
      participation: string;
      participants: string;
      /** "9 (leerondersteuner 6, coördinator 2)"; `byRole` may be empty. */
      participantsValue: (total: number, byRole: string) => string;
      voices: string;
      noVoices: string;
      surveys: string;
      /** "ouders: 23 van 40 antwoordden". */
      surveyAnswers: (group: string, responses: number, asked: number) => string;
      /** A name with its count: "ouders 3". */
      counted: (name: string, count: number) => string;
      /** "Evolutie sinds 2024-2025". */
      evolution: (schoolYear: string) => string;
    };
    /** Shown when more than five sterke punten or ontwikkelingskansen are listed: a suggestion, no cap. */
    recommendationsLimit: string;
    /** Each respondent group as a report names it ("ouders"). */
    respondentGroups: Record<RespondentGroup, string>;
    surveys: {
      /** Marks a questionnaire's text as ours: "Eigen vragenlijst van Leersteunspiegel — geen tekst …". */
      ownQuestionnaire: string;
      /** A bevraging as a source among the evidence: "Bevraging van ouders". */
      sourceTitle: (group: string) => string;
      /** Its period is over. */
      finished: string;
      /** The coordinator stopped it before its period was over. */
      closed: string;
      /** A bevraging that still takes answers (its period stands beside it). */
      running: string;
      /** All a hidden result says. */
      tooFewAnswers: string;
      openAnswersTitle: string;
      /** Asks the team to read the open answers before the report leaves the team. */
      openAnswersWarning: string;
    };
  };
}

/** Who may appear how, and what is reported on. */
export interface ReportOptions {
  /** The expectations to report on; in scope only, reported in reading order. */
  codes: readonly ExpectationCode[];
  /** Each participant's own notes under the team's judgement (team cycles). */
  includeIndividualNotes: boolean;
  /**
   * Replace participant names by "Deelnemer 1, 2 …", wherever they stand (also inside text someone wrote),
   * and withhold a role that fewer than three participants hold.
   */
  anonymise: boolean;
  /**
   * The open answers of the bevragingen in the appendices. Off unless asked for: respondents' own words may
   * name someone, and the personal-data scan finds numbers and addresses, not names.
   */
  includeOpenAnswers?: boolean;
}

/** What the report reads of the cycle this one follows up: enough to say what it judged and planned. */
export interface PreviousCycleRecords {
  cycle: Cycle;
  actions: readonly Action[];
  /** Its assessments: the team's consensus (or, in a reflection, the person's own) gives its levels. */
  assessments: readonly Assessment[];
  /** The recommendation texts its team rewrote, so its recommendations read as its report had them. */
  recommendations: readonly Recommendation[];
  /** Its participants: whose a reflection was, and whose names to hide. */
  participants: readonly Participant[];
  /** Its participant on this device: in a reflection, whose it is. */
  selfParticipantId: string | undefined;
}

/** Everything buildReport reads: one cycle's records and the centre's profile. */
export interface ReportInput {
  profile: LscProfile;
  /** The centre's figures per school year; the report shows the cycle's year beside the one before. */
  schoolYearFigures?: readonly SchoolYearFigures[];
  cycle: Cycle;
  participants: readonly Participant[];
  assessments: readonly Assessment[];
  evidence: readonly Evidence[];
  /** The attachments' names per evidence id (the files themselves stay out of the report). */
  attachmentNames: ReadonlyMap<string, readonly string[]>;
  actions: readonly Action[];
  /** The participant who uses this device: in an individual cycle, whose reflection it is. */
  selfParticipantId: string | undefined;
  /** The cycle this one follows up, when it was started from one. */
  previous?: PreviousCycleRecords;
  /** The centre's kwaliteitskalender: section 2 shows it as evidence of systematic, cyclical work. */
  qualityCalendar?: QualityCalendar;
  options: ReportOptions;
  /** The team's checks of the operating conditions; an unchecked condition reads "nog niet nagegaan". */
  conditionChecks?: readonly ConditionCheck[];
  /** Recommendation texts the team rewrote; each replaces the generated text of its expectation when not blank. */
  recommendations?: readonly Recommendation[];
  /** The cycle's bevragingen and their answers; a team report shows who was asked and, once finished, the results. */
  surveys?: readonly Survey[];
  surveyResponses?: readonly SurveyResponse[];
  /** Journal notes; a personal report shows the person's own under each expectation. */
  journalNotes?: readonly JournalNote[];
  /** When the report is made, and today's date on this device (for overdue actions). */
  now: Date;
  today: string;
}
