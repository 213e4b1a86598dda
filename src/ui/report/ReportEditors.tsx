import type { CycleData } from '../../storage/cycle-store';
import { ConditionChecksEditor } from './ConditionChecksEditor';
import { RecommendationEditor } from './RecommendationEditor';
import type { ReportContent } from './report-vocabulary';

/** The recommendations and the regulations checklist of a cycle, as the report page offers them to edit. */
export function ReportEditors({
  data,
  content,
  recommendations,
}: {
  data: CycleData;
  content: ReportContent;
  recommendations: Parameters<typeof RecommendationEditor>[0]['section'];
}) {
  return (
    <>
      <RecommendationEditor
        cycleId={data.cycle.id}
        section={recommendations}
        stored={data.recommendations}
        actions={data.actions}
      />
      <ConditionChecksEditor
        cycleId={data.cycle.id}
        conditions={content.conditions}
        sources={content.sources}
        stored={data.conditionChecks}
        evidence={data.evidence}
      />
    </>
  );
}
