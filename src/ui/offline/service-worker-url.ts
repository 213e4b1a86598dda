/** The service worker's file at the top of the built site (src/build/service-worker.ts writes it there). */
export const SERVICE_WORKER_FILE = 'sw.js';
