import type { ConditionCheck } from '../condition-check';
import type { OperatingCondition } from './report-input';
import type { ReportContext } from './report-context';
import { evidenceTitles } from './report-evidence';
import type { SectionHeading, SectionOf } from './section-types';
import { compareCodes } from '../code-order';

/**
 * Every operating condition of content in order with this cycle's check of it, if any; the newest check wins
 * when merged copies left two for one condition.
 */
export function checkedConditions(
  context: ReportContext,
): { condition: OperatingCondition; check: ConditionCheck | undefined }[] {
  const checks = new Map(
    [...(context.input.conditionChecks ?? [])]
      .filter((check) => check.cycleId === context.input.cycle.id)
      .sort((a, b) => compareCodes(a.updatedAt, b.updatedAt))
      .map((check) => [check.conditionId, check]),
  );
  return [...context.vocabulary.conditions]
    .sort((a, b) => a.order - b.order)
    .map((condition) => ({ condition, check: checks.get(condition.id) }));
}

/**
 * Werking en regelgeving: every operating condition of content in order, with where it comes from and the
 * team's check when there is one (input.conditionChecks), else "nog niet nagegaan" without note or evidence.
 */
export function operationsSection(context: ReportContext, heading: SectionHeading): SectionOf<'operations'> {
  const { labels } = context.vocabulary;
  const sourceTitles = new Map(context.vocabulary.sources.map((source) => [source.id, source.title]));
  const conditions = checkedConditions(context).map(({ condition, check }) => {
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
