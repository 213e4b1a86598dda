import { useState } from 'preact/hooks';
import type { PersonalDataFinding } from '../../domain/privacy/scan-records';

/** Loads the scanner and its panel (see export-review.ts). */
export const loadExportReview = () => import('./export-review');

type Panel = Awaited<ReturnType<typeof loadExportReview>>['PersonalDataReview'];

interface Pending {
  Panel: Panel;
  findings: readonly PersonalDataFinding[];
  cycleTitles?: ReadonlyMap<string, string>;
  proceed: () => void;
  cancel: () => void;
}

/**
 * Holds an export back while the user reviews personal data found in it. `hold` shows the panel; `panel` is
 * what to render (nothing when no export is held back). The export runs only when the user goes on.
 */
export function useExportReview() {
  const [pending, setPending] = useState<Pending>();
  const hold = (review: Pending): void => setPending(review);
  const panel = pending && (
    <pending.Panel
      findings={pending.findings}
      {...(pending.cycleTitles ? { cycleTitles: pending.cycleTitles } : {})}
      onContinue={() => {
        setPending(undefined);
        pending.proceed();
      }}
      onCancel={() => {
        setPending(undefined);
        pending.cancel();
      }}
    />
  );
  return { hold, panel };
}
