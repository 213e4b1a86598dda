import * as z from 'zod/mini';
import { ExpectationSchema } from '../../../../src/domain/framework/expectation';
import { outlineFramework } from '../../../../src/domain/framework/framework';
import {
  OperatingConditionSchema,
  ReportOutlineEntrySchema,
} from '../../../../src/domain/framework/report-content';
import { RubricSchema, SubrubricSchema } from '../../../../src/domain/framework/rubric';
import { SourceSchema, type Source } from '../../../../src/domain/framework/source';
import { GoodPracticeCriterionSchema, ScaleEntrySchema } from '../../../../src/domain/framework/scale-schema';
import type {
  OperatingCondition,
  ReportOutlineEntry,
  ReportVocabulary,
} from '../../../../src/domain/report/report-input';
import { reportVocabulary as appVocabulary } from '../../../../src/ui/report/report-vocabulary';
import { type Questionnaire } from '../../../../src/domain/survey/questionnaire';
import { QuestionnaireSchema } from '../../../../src/domain/survey/questionnaire-schema';
import { RESPONDENT_GROUPS, respondentGroupSlug } from '../../../../src/domain/survey/respondent-group';
import { readMarkdownFolder, readYaml } from '../../content/read-content';

/** content/report-outline.yaml as the report reads it. */
export function readOutline(): ReportOutlineEntry[] {
  return z.array(ReportOutlineEntrySchema).parse(readYaml('report-outline.yaml'));
}

/** content/operating-conditions.yaml as the report reads it. */
export function readConditions(): OperatingCondition[] {
  return z.array(OperatingConditionSchema).parse(readYaml('operating-conditions.yaml'));
}

/** content/sources.yaml as the report reads it. */
export function readSources(): Source[] {
  return z.array(SourceSchema).parse(readYaml('sources.yaml'));
}

/** content/questionnaires/ as the report reads it, in the groups' order. */
export function readQuestionnaires(): Questionnaire[] {
  return RESPONDENT_GROUPS.map((group) =>
    QuestionnaireSchema.parse(readYaml(`questionnaires/${respondentGroupSlug(group)}.yaml`)),
  );
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

/** The app's own labels for the parts of the report that are interface text, not content. */
export const TEST_LABELS: ReportVocabulary['labels'] = appVocabulary(
  {
    framework: { outline: [], scale: [], goodPracticeCriteria: [] },
    sections: [],
    conditions: [],
    sources: [],
  },
  [],
).labels;

let cached: ReportVocabulary | undefined;

/** The report's vocabulary: the real content of content/ with the test labels. Read once, then shared. */
export function reportVocabulary(): ReportVocabulary {
  cached ??= {
    framework: readFramework(),
    sections: readOutline(),
    conditions: readConditions(),
    sources: readSources(),
    questionnaires: readQuestionnaires(),
    labels: TEST_LABELS,
  };
  return cached;
}
