import { expect } from 'vitest';
import {
  ReportModelSchema,
  type ReportExpectation,
  type ReportModel,
  type ReportSectionId,
} from '../../../../src/domain/report/report-model';
import type { SectionOf } from '../../../../src/domain/report/section-types';

/** The report's section with the given id; fails the test when it is missing. */
export function sectionOf<Id extends ReportSectionId>(model: ReportModel, id: Id): SectionOf<Id> {
  const found = model.sections.find((section): section is SectionOf<Id> => section.id === id);
  if (!found) throw new Error(`the report has no section "${id}"`);
  return found;
}

/** Every expectation of the qualitySupport section, in the order the report shows them. */
export function reportedExpectations(model: ReportModel): ReportExpectation[] {
  return sectionOf(model, 'qualitySupport').rubrics.flatMap((rubric) => [
    ...rubric.expectations,
    ...rubric.subrubrics.flatMap((subrubric) => subrubric.expectations),
  ]);
}

/** One expectation of the qualitySupport section; fails the test when it is missing. */
export function expectationOf(model: ReportModel, code: string): ReportExpectation {
  const found = reportedExpectations(model).find((expectation) => expectation.code === code);
  if (!found) throw new Error(`the report does not show ${code}`);
  return found;
}

/** Asserts that the model passes its own schema, showing the issues when it does not. */
export function expectValidModel(model: ReportModel): void {
  const result = ReportModelSchema.safeParse(model);
  expect(result.success ? [] : result.error.issues).toEqual([]);
}
