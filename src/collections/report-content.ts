import { getCollection } from 'astro:content';
import { REPORT_SECTION_IDS } from '../domain/framework/report-content';
import type { ReportContent } from '../ui/report/report-vocabulary';
import { getFrameworkSummary } from './framework';

/** Why the report content cannot be used; the build stops on it, naming each problem. */
function problemsOf(
  content: Pick<ReportContent, 'sections' | 'conditions'>,
  sourceIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const ids = content.sections.map((section) => section.id);
  for (const id of REPORT_SECTION_IDS) {
    const count = ids.filter((found) => found === id).length;
    if (count !== 1)
      problems.push(`content/report-outline.yaml has section "${id}" ${count} times, not once`);
  }
  const conditionIds = content.conditions.map((condition) => condition.id);
  for (const id of new Set(conditionIds)) {
    if (conditionIds.filter((found) => found === id).length > 1)
      problems.push(`content/operating-conditions.yaml has "${id}" more than once`);
  }
  for (const condition of content.conditions) {
    if (!sourceIds.has(condition.source))
      problems.push(`operating condition "${condition.id}" names unknown source "${condition.source}"`);
  }
  return problems;
}

/** The report's outline and checklist, with the framework the report page needs; checked at build time. */
export async function getReportContent(): Promise<ReportContent> {
  const [framework, outline, conditions, sources] = await Promise.all([
    getFrameworkSummary(),
    getCollection('reportOutline'),
    getCollection('operatingConditions'),
    getCollection('sources'),
  ]);
  const cited = new Set(conditions.map((entry) => entry.data.source));
  const content = {
    sections: outline.map((entry) => entry.data).sort((a, b) => a.order - b.order),
    conditions: conditions.map((entry) => entry.data).sort((a, b) => a.order - b.order),
    sources: sources
      .filter((entry) => cited.has(entry.data.id))
      .map(({ data: { id, title } }) => ({ id, title })),
  };
  const problems = problemsOf(content, new Set(sources.map((entry) => entry.data.id)));
  if (problems.length > 0)
    throw new Error(`The report content is inconsistent:\n  - ${problems.join('\n  - ')}`);
  return { framework, ...content };
}
