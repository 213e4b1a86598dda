/** Where the build writes the service worker (src/build/service-worker.ts) and the page registers it. */
export const SERVICE_WORKER_URL = '/sw.js';
