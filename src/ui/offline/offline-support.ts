import { showConnectionStatus } from './connection-status';
import { watchForUpdates } from './service-worker-updates';
import { sitePath } from '../site-path';
import { SERVICE_WORKER_FILE } from './service-worker-url';
import { showUpdateNotice } from './update-notice';

const indicator = document.querySelector<HTMLElement>('[data-connection-status]');
if (indicator) showConnectionStatus(indicator);

const region = document.querySelector<HTMLElement>('[data-update-region]');
const template = document.querySelector<HTMLTemplateElement>('#update-notice-template');
// `astro dev` serves no service worker; a browser without one (or with it blocked) simply stays online-only.
if (import.meta.env.PROD && 'serviceWorker' in navigator && region && template) {
  watchForUpdates(sitePath(SERVICE_WORKER_FILE), sitePath(), (update) =>
    showUpdateNotice(region, template, update),
  ).catch(() => undefined);
}
