/** How often an open page asks whether a new version has been published. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** What the page shows when a new version is ready; `apply` loads it. */
export interface UpdateOffer {
  /** True when this tab found the update; false when another tab already switched to it. */
  fromThisTab: boolean;
  apply: () => void;
}

/**
 * Registers the service worker for the site's pages (`scope`, the path the site is published under) and tells
 * the page when a new version waits. The new version only takes over when the user asks for it (`apply`), so a
 * page is never reloaded under someone who is typing.
 */
export async function watchForUpdates(
  scriptUrl: string,
  scope: string,
  offer: (update: UpdateOffer) => void,
): Promise<void> {
  const container = navigator.serviceWorker;
  let controlled = Boolean(container.controller);
  let reloadRequested = false;

  container.addEventListener('controllerchange', () => {
    if (reloadRequested) location.reload();
    // Another tab let the new version take over; this page still runs the old one until it reloads.
    else if (controlled) offer({ fromThisTab: false, apply: () => location.reload() });
    controlled = true;
  });

  const registration = await container.register(scriptUrl, { scope });
  const offerWaiting = (worker: ServiceWorker): void => {
    offer({
      fromThisTab: true,
      apply: () => {
        reloadRequested = true;
        worker.postMessage({ type: 'SKIP_WAITING' });
      },
    });
  };

  // The first install has nothing to replace: only a worker that arrives while another controls the page
  // is a new version.
  if (registration.waiting && container.controller) offerWaiting(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && container.controller) offerWaiting(incoming);
    });
  });

  const check = (): void => void registration.update().catch(() => undefined);
  setInterval(check, UPDATE_CHECK_MS);
  window.addEventListener('online', check);
}
