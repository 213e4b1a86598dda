import * as z from 'zod/mini';
import { ExpectationSchema } from '../../../../src/domain/framework/expectation';
import { outlineFramework } from '../../../../src/domain/framework/framework';
import {
  OperatingConditionSchema,
  ReportOutlineEntrySchema,
} from '../../../../src/domain/framework/report-content';
import { RubricSchema, SubrubricSchema } from '../../../../src/domain/framework/rubric';
import { GoodPracticeCriterionSchema, ScaleEntrySchema } from '../../../../src/domain/framework/scale';
import type {
  OperatingCondition,
  ReportOutlineEntry,
  ReportVocabulary,
} from '../../../../src/domain/report/report-input';
import { readMarkdownFolder, readYaml } from '../../content/read-content';

/** content/report-outline.yaml as the report reads it. */
export function readOutline(): ReportOutlineEntry[] {
  return z.array(ReportOutlineEntrySchema).parse(readYaml('report-outline.yaml'));
}

/** content/operating-conditions.yaml as the report reads it. */
export function readConditions(): OperatingCondition[] {
  return z.array(OperatingConditionSchema).parse(readYaml('operating-conditions.yaml'));
}

/** The referentiekader as the report reads it: outline, scale and good-practice criteria from content/. */
export function readFramework(): ReportVocabulary['framework'] {
  return {
    outline: outlineFramework({
      rubrics: z.array(RubricSchema).parse(readYaml('rubrics.yaml')),
      subrubrics: z.array(SubrubricSchema).parse(readYaml('subrubrics.yaml')),
      expectations: readMarkdownFolder('expectations').map((file) => ExpectationSchema.parse(file.data)),
    }),
    scale: z.array(ScaleEntrySchema).parse(readYaml('scale.yaml')),
    goodPracticeCriteria: z.array(GoodPracticeCriterionSchema).parse(readYaml('good-practice-criteria.yaml')),
  };
}

/** Plain Dutch labels for the parts of the report that are interface text, not content. */
export const TEST_LABELS: ReportVocabulary['labels'] = {
  title: (cycleTitle) => `Zelfevaluatierapport — ${cycleTitle}`,
  subtitle: (centreName, schoolYear, mode) => `${centreName} · schooljaar ${schoolYear} · ${mode}`,
  colophon: (generatedOn, frameworkVersion) =>
    `Zelfevaluatie gemaakt op ${generatedOn} met het referentiekader versie ${frameworkVersion}; geen oordeel van de onderwijsinspectie.`,
  anonymousParticipant: (number) => `Deelnemer ${number}`,
  anonymous: 'Anonieme deelnemer',
  notFilledIn: 'Niet ingevuld.',
  conditionStatuses: {
    notAssessed: 'nog niet nagegaan',
    inOrder: 'in orde',
    partly: 'deels in orde',
    notInOrder: 'niet in orde',
    notApplicable: 'niet van toepassing',
  },
  evidenceKinds: {
    document: 'document',
    data: 'cijfers/data',
    observation: 'observatie',
    survey: 'bevraging',
    conversation: 'gesprek',
    report: 'verslag',
    other: 'ander',
  },
  voices: {
    pupils: 'leerlingen',
    parents: 'ouders',
    teachers: 'leraren',
    schoolTeams: 'schoolteams',
    principals: 'directies',
    clb: 'CLB',
    pbd: 'PBD',
    supportStaff: 'leerondersteuners',
    partners: 'partners',
  },
  roles: {
    coordinator: 'coördinator',
    supportStaff: 'leerondersteuner',
    director: 'directie',
    staff: 'medewerker',
    partner: 'partner',
  },
  actionStatuses: {
    planned: 'gepland',
    ongoing: 'lopend',
    done: 'afgerond',
    postponed: 'uitgesteld',
    dropped: 'geschrapt',
  },
  supportLevels: { leerling: 'Leerling', leraar: 'Leraar', schoolteam: 'Schoolteam' },
  supportTypes: {
    basisaanbod: 'basisaanbod',
    'type-2': 'type 2',
    'type-3': 'type 3',
    'type-4': 'type 4',
    'type-6': 'type 6',
    'type-7': 'type 7',
    'type-9': 'type 9',
  },
  cycleModes: { team: 'teamzelfevaluatie', individual: 'individuele reflectie' },
  cycleStatuses: {
    preparation: 'voorbereiding',
    survey: 'bevraging',
    consensus: 'consensus',
    actionPlan: 'actieplan',
    followUp: 'opvolging',
    closed: 'afgesloten',
  },
  profile: {
    name: 'Naam',
    workingArea: 'Werkgebied',
    schoolsServed: 'Scholen',
    teamComposition: 'Team',
    supportTypes: 'Types leersteun',
    structuralPartnerships: 'Structurele samenwerkingen',
    supportCouncil: 'Leersteunraad',
    otherContext: 'Andere context',
  },
  cycle: {
    title: 'Zelfevaluatie',
    schoolYear: 'Schooljaar',
    period: 'Periode',
    mode: 'Werkwijze',
    status: 'Fase',
    scope: 'Kwaliteitsverwachtingen',
  },
  facts: {
    participants: 'Deelnemers',
    evidence: 'Bronnen',
    consensus: (agreed, total) => `${agreed} van ${total} verwachtingen met een gezamenlijk oordeel`,
    consensusLabel: 'Consensus',
    previousCycle: 'Vorige zelfevaluatie',
  },
  method: {
    frameworkVersion: 'Versie van het referentiekader',
    scale: 'Ontwikkelingsschaal',
    mode: 'Werkwijze',
    generatedAt: 'Rapport gemaakt op',
  },
  recommendations: {
    strengths: { title: 'Sterke punten (borgen)', explanation: 'Wat goed loopt, blijvend verankeren.' },
    opportunities: { title: 'Ontwikkelingskansen', explanation: 'Hier loont gerichte aandacht.' },
    shortcomings: { title: 'Tekorten', explanation: 'Hier moet het leersteuncentrum aan werken.' },
  },
};

let cached: ReportVocabulary | undefined;

/** The report's vocabulary: the real content of content/ with the test labels. Read once, then shared. */
export function reportVocabulary(): ReportVocabulary {
  cached ??= {
    framework: readFramework(),
    sections: readOutline(),
    conditions: readConditions(),
    labels: TEST_LABELS,
  };
  return cached;
}
