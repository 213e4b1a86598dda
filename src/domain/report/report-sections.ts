import { administrationSection } from './administration';
import { appendicesSection } from './appendices';
import { developmentPlanSection } from './development-plan';
import { operationsSection } from './operations';
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
  return [...context.vocabulary.sections]
    .sort((a, b) => a.order - b.order)
    .flatMap(({ id, title, intro, personal }) => {
      if (context.kind === 'team') return [SECTION_BUILDERS[id](context, { title, intro })];
      return personal ? [SECTION_BUILDERS[id](context, personal)] : [];
    });
}
