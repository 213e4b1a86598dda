/** Shows the header's offline indicator whenever the browser reports no network, and hides it again after. */
export function showConnectionStatus(indicator: HTMLElement): void {
  const update = (): void => {
    indicator.hidden = navigator.onLine;
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}
