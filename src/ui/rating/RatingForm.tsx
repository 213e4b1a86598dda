import { useMemo } from 'preact/hooks';
import { createAssessment } from '../../domain/assessment';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import type { CycleData } from '../../storage/cycle-store';
import { ChooseSelf } from '../cycles/ChooseSelf';
import { CycleGate } from '../cycles/CycleGate';
import * as strings from '../strings';
import { VoicesPanel } from '../surveys/VoicesPanel';
import { loadedQuestionnaires, useQuestionnaires } from '../surveys/use-questionnaires';
import { lazyComponent } from '../lazy-module';
import { AssessmentEditor } from './AssessmentEditor';
import { RATING_ANCHOR } from './rating-anchor';
import { useArrivalFocus } from './use-arrival-focus';

/**
 * The journal, at the foot of the form, loads once the form is there: the rating page stays within its budget
 * of JavaScript at start (80 KB gzip) with the form, the voices panel and the journal's notes all on it.
 */
const Journal = lazyComponent(() => import('./Journal').then((module) => module.Journal));

function SelfAssessment({
  framework,
  code,
  data,
}: {
  framework: FrameworkSummary;
  code: ExpectationCode;
  data: CycleData;
}) {
  const questionnaires = useQuestionnaires(data.surveys.length > 0);
  const self = data.participants.find((p) => p.id === data.selfParticipantId);
  const stored = self
    ? data.assessments.find(
        (a) => a.kind === 'individual' && a.participantId === self.id && a.expectationCode === code,
      )
    : undefined;
  // One blank per visit, so its id stays the same until the first save makes it real.
  const blank = useMemo(
    () =>
      self &&
      createAssessment({
        cycleId: data.cycle.id,
        expectationCode: code,
        kind: 'individual',
        participantId: self.id,
      }),
    [self?.id],
  );
  if (!data.cycle.scope.includes(code)) return null;
  if (!self || !blank) return <ChooseSelf data={data} />;
  return (
    <>
      {data.cycle.mode === 'team' && <p class="field__hint">{strings.rating.consensusNote}</p>}
      <AssessmentEditor
        framework={framework}
        code={code}
        data={data}
        stored={stored}
        blank={blank}
        questionnaires={loadedQuestionnaires(questionnaires)}
      />
      <VoicesPanel data={data} questionnaires={questionnaires} code={code} />
      <Journal data={data} code={code} participantId={self.id} />
    </>
  );
}

/** The rating form of one expectation in the cycle the address names. */
export default function RatingForm({
  framework,
  code,
}: {
  framework: FrameworkSummary;
  code: ExpectationCode;
}) {
  useArrivalFocus(RATING_ANCHOR);
  return <CycleGate>{(data) => <SelfAssessment framework={framework} code={code} data={data} />}</CycleGate>;
}
