/**
 * The tag of a test that needs the browser's PDF viewer: it runs in the full Chromium, since the headless
 * shell that runs the other journeys has none and saves a PDF it is asked to show (playwright.config.ts).
 */
export const PDF_VIEWER = '@pdf-viewer';
