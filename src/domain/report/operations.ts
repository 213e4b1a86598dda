import type { ReportContext } from './report-context';
import { evidenceTitles } from './report-evidence';
import type { SectionHeading, SectionOf } from './section-types';

/**
 * Werking en regelgeving: every operating condition of content in order, with the team's check when there
 * is one (input.conditionChecks), else "nog niet nagegaan" without note or evidence.
 */
export function operationsSection(context: ReportContext, heading: SectionHeading): SectionOf<'operations'> {
  const checks = context.input.conditionChecks;
  const conditions = [...context.vocabulary.conditions]
    .sort((a, b) => a.order - b.order)
    .map((condition) => {
      const check = checks?.get(condition.id);
      return {
        title: condition.title,
        description: condition.description,
        status: check?.status ?? context.vocabulary.labels.conditionNotAssessed,
        note: check?.note ?? '',
        evidenceTitles: evidenceTitles(context, check?.evidenceIds ?? []),
      };
    });
  return { id: 'operations', ...heading, conditions };
}
