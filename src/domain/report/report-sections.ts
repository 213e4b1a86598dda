import { administrationSection } from './administration';
import { appendicesSection } from './appendices';
import { developmentPlanSection } from './development-plan';
import { operationsSection } from './operations';
import { overviewSection } from './overview';
import { qualityDevelopmentSection } from './quality-development';
import { qualitySupportSection } from './quality-support';
import { recommendationsSection } from './recommendations';
import type { ReportContext } from './report-context';
import type { ReportSection, ReportSectionId } from './report-model';
import type { SectionHeading, SectionOf } from './section-types';
import { summarySection } from './summary';

/** The builder of each section of the model, by the id content/report-outline.yaml uses. */
const SECTION_BUILDERS: {
  [Id in ReportSectionId]: (context: ReportContext, heading: SectionHeading) => SectionOf<Id>;
} = {
  overview: overviewSection,
  administration: administrationSection,
  qualityDevelopment: qualityDevelopmentSection,
  qualitySupport: qualitySupportSection,
  operations: operationsSection,
  summary: summarySection,
  recommendations: recommendationsSection,
  developmentPlan: developmentPlanSection,
  appendices: appendicesSection,
};

/**
 * The report's sections in the outline's order, each with its title and intro from content. A personal report
 * has only the sections the outline gives personal words — none about the centre or the team (administration,
 * the team's quality development, the regulations checklist, the team's recommendations) — in those words.
 */
export function reportSections(context: ReportContext): ReportSection[] {
  const included = [...context.vocabulary.sections]
    .sort((a, b) => a.order - b.order)
    .flatMap((entry) => {
      const words = context.kind === 'team' ? entry : entry.personal;
      return words ? [{ entry, words }] : [];
    });
  // Numbered from 1 among the sections that carry a number, so the summary in front does not shift them.
  let number = 0;
  return included.map(({ entry, words }) => {
    const numbered = entry.numbered !== false;
    if (numbered) number += 1;
    const heading = { ...(numbered ? { number } : {}), title: words.title, intro: words.intro };
    return SECTION_BUILDERS[entry.id](context, heading);
  });
}
