import type { ExpectationCode } from '../../domain/framework/expectation-code';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import type { CycleData } from '../../storage/cycle-store';
import type { LiveResult } from '../hooks/use-live-query';
import { useLazyModule } from '../lazy-module';
import * as strings from '../strings';

const text = strings.voicesPanel;

/**
 * "Wat zeggen scholen, leraren, ouders en leerlingen?": per bevraging of this cycle informing the expectation,
 * how many answered and, once it is finished, its results above the anonymity threshold, with what the same
 * statements showed in earlier cycles beside them. Without such a bevraging, one line pointing to them. The
 * questionnaires arrive after the page (`useQuestionnaires`): nothing shows until they do, so the panel's code
 * loads beside them instead of with the page (4.4 KB of the rating and consensus pages' start).
 */
export function VoicesPanel({
  data,
  questionnaires,
  code,
}: {
  data: CycleData;
  questionnaires: LiveResult<readonly Questionnaire[]>;
  code: ExpectationCode;
}) {
  const module = useLazyModule(() => import('./Voices'));
  if (questionnaires.status === 'loading' || module === undefined) return null;
  if (questionnaires.status === 'error' || module === 'failed')
    return <p class="voices-none">{text.unavailable}</p>;
  return <module.Voices data={data} questionnaires={questionnaires.value} code={code} />;
}
