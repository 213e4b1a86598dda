import type { ReportContext } from './report-context';
import { evidenceTitles } from './report-evidence';
import type { SectionHeading, SectionOf } from './section-types';

/**
 * Werking en regelgeving: every operating condition of content in order, with where it comes from and the
 * team's check when there is one (input.conditionChecks), else "nog niet nagegaan" without note or evidence.
 */
export function operationsSection(context: ReportContext, heading: SectionHeading): SectionOf<'operations'> {
  const { labels } = context.vocabulary;
  // Only this cycle's checks; the newest wins when merged copies left two for one condition.
  const checks = new Map(
    [...(context.input.conditionChecks ?? [])]
      .filter((check) => check.cycleId === context.input.cycle.id)
      .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
      .map((check) => [check.conditionId, check]),
  );
  const sourceTitles = new Map(context.vocabulary.sources.map((source) => [source.id, source.title]));
  const conditions = [...context.vocabulary.conditions]
    .sort((a, b) => a.order - b.order)
    .map((condition) => {
      const check = checks.get(condition.id);
      return {
        title: condition.title,
        description: condition.description,
        source: labels.conditionSource(
          sourceTitles.get(condition.source) ?? condition.source,
          condition.reference,
        ),
        status: labels.conditionStatuses[check?.status ?? 'notAssessed'],
        note: check?.note ?? '',
        evidenceTitles: evidenceTitles(context, check?.evidenceIds ?? []),
      };
    });
  return { id: 'operations', ...heading, conditions };
}
