import type { ComponentChildren } from 'preact';
import type { CycleData } from '../../storage/cycle-store';
import * as strings from '../strings';
import { appPaths } from './cycle-link';
import { CycleNav, type CycleView } from './CycleNav';
import { useCycleData } from './use-cycle-data';
import { Loading } from '../loading';

/**
 * Loads the cycle the address names and shows the view for it, under the cycle's title and navigation;
 * explains in Dutch when there is no such cycle on this device, instead of showing an empty form.
 * Without a `view` it is a second island on a page that already has one: no navigation, no messages.
 */
export function CycleGate({
  view,
  pending = <Loading />,
  children,
}: {
  view?: CycleView;
  /** What holds the view's place while the data loads: by default a screen's height. */
  pending?: ComponentChildren;
  children: (data: CycleData) => ComponentChildren;
}) {
  const result = useCycleData();
  if (!view && (result.status !== 'ready' || !result.value)) return null;
  if (result.status === 'loading') return pending;
  if (result.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  if (result.status === 'missingId' || !result.value) {
    return (
      <div role="alert" class="notice">
        <p>{result.status === 'missingId' ? strings.cycles.missingId : strings.cycles.notFound}</p>
        <p>
          <a href={appPaths.cycles}>{strings.cycles.backToList}</a>
        </p>
      </div>
    );
  }
  const data = result.value;
  return (
    <>
      {view && <CycleNav cycle={data.cycle} current={view} />}
      {children(data)}
    </>
  );
}
