import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ExpectationSchema } from './domain/framework/expectation';
import { HelperContentSchema } from './domain/framework/helper-content';
import { RubricSchema, SubrubricSchema } from './domain/framework/rubric';
import { GlossaryTermSchema } from './domain/framework/glossary-term';
import { SourceSchema } from './domain/framework/source';
import { GoodPracticeCriterionSchema, ScaleEntrySchema } from './domain/framework/scale-schema';
import { FeatureListSchema } from './domain/framework/context-input';
import { OperatingConditionSchema, ReportOutlineEntrySchema } from './domain/framework/report-content';
import { EditorialPageSchema } from './domain/editorial-page';
import { QuestionnaireSchema } from './domain/survey/questionnaire-schema';

// The referentiekader lives in the top-level content/ folder as data; its schemas live in the domain layer
// so the unit tests and the app validate against exactly the same rules as the build.
export const collections = {
  expectations: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/expectations' }),
    schema: ExpectationSchema,
  }),
  helpers: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/helpers' }),
    schema: HelperContentSchema,
  }),
  rubrics: defineCollection({ loader: file('content/rubrics.yaml'), schema: RubricSchema }),
  subrubrics: defineCollection({ loader: file('content/subrubrics.yaml'), schema: SubrubricSchema }),
  glossary: defineCollection({ loader: file('content/glossary.yaml'), schema: GlossaryTermSchema }),
  sources: defineCollection({ loader: file('content/sources.yaml'), schema: SourceSchema }),
  scale: defineCollection({ loader: file('content/scale.yaml'), schema: ScaleEntrySchema }),
  goodPracticeCriteria: defineCollection({
    loader: file('content/good-practice-criteria.yaml'),
    schema: GoodPracticeCriterionSchema,
  }),
  contextInput: defineCollection({ loader: file('content/context-input.yaml'), schema: FeatureListSchema }),
  reportOutline: defineCollection({
    loader: file('content/report-outline.yaml'),
    schema: ReportOutlineEntrySchema,
  }),
  operatingConditions: defineCollection({
    loader: file('content/operating-conditions.yaml'),
    schema: OperatingConditionSchema,
  }),
  questionnaires: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/questionnaires' }),
    schema: QuestionnaireSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/pages' }),
    schema: EditorialPageSchema,
  }),
};
