import type { ReportInput, ReportOptions } from '../../domain/report/report-input';
import type { CycleData } from '../../storage/cycle-store';
import type { ReportSources } from '../../storage/report-sources';
import { todayIso } from '../format';

/** Everything the report of a cycle is built from: the cycle's records, what else it names, and the options. */
export function reportInputOf(
  data: CycleData,
  sources: ReportSources,
  options: ReportOptions,
  now: Date = new Date(),
): ReportInput {
  return {
    ...data,
    profile: sources.profile,
    schoolYearFigures: sources.schoolYearFigures,
    attachmentNames: sources.attachmentNames,
    ...(sources.previous ? { previous: sources.previous } : {}),
    ...(sources.qualityCalendar ? { qualityCalendar: sources.qualityCalendar } : {}),
    options,
    conditionChecks: data.conditionChecks,
    recommendations: data.recommendations,
    now,
    today: todayIso(now),
  };
}
