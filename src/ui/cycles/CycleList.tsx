import { ratingProgress } from '../../domain/dashboard';
import { OpenInvitation } from '../contributions/OpenInvitation';
import * as strings from '../strings';
import { appPaths } from './cycle-link';
import { cycleName, cycleSummary } from './cycle-label';
import { useAllCycleRatings } from './use-all-cycle-ratings';
import { Loading } from '../loading';

/**
 * Why a device can show no data that someone did type: it stays with the browser and the site's origin, so a
 * site moved to a new host starts empty until a backup from the old address is restored here.
 */
function MissingDataHelp() {
  const text = strings.cycles.missingData;
  return (
    <details class="missing-data">
      <summary>{text.question}</summary>
      <div class="missing-data__answer">
        <p>{text.where(window.location.origin)}</p>
        <p>
          {text.moved} <a href={appPaths.data}>{text.dataLink}</a>.
        </p>
      </div>
    </details>
  );
}

/** Every cycle on this device with where it stands, and the way to start a new one. */
export default function CycleList() {
  const result = useAllCycleRatings();

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <p role="alert">{strings.app.loadFailed}</p>;
  const rows = result.value;

  return (
    <div class="cycle-list">
      <p class="button-row">
        <a class="button-link button-primary" href={appPaths.newCycle}>
          {strings.cycles.newCycle}
        </a>
        {rows.length > 1 && (
          <a class="button-link" href={appPaths.compare}>
            {strings.cycles.compare}
          </a>
        )}
      </p>
      {rows.length === 0 ? (
        <>
          <p class="notice">{strings.cycles.empty}</p>
          <MissingDataHelp />
        </>
      ) : (
        <ul class="card-list" aria-label={strings.cycles.listLabel}>
          {rows.map(({ cycle, own, agreed }) => {
            const progress = ratingProgress(cycle.scope, own);
            return (
              <li key={cycle.id} class="card">
                <h2 class="card__title">
                  <a href={appPaths.overview(cycle.id)}>{cycleName(cycle)}</a>
                </h2>
                <p class="card__meta">{cycleSummary(cycle)}</p>
                {agreed === undefined ? (
                  <p class="card__meta">{strings.cycles.progress(progress.answered, progress.total)}</p>
                ) : (
                  <>
                    <p class="card__meta">{strings.consensusProgress(agreed, progress.total)}</p>
                    <p class="card__meta">{strings.cycles.ownProgress(progress.answered, progress.total)}</p>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <OpenInvitation />
    </div>
  );
}
