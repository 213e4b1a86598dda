import * as strings from './strings';

/**
 * What a view shows while it reads this device's data. It holds a screen's height, so the footer does not
 * jump up and back down when the data arrives a moment later (a layout shift people notice, and Lighthouse too).
 */
export function Loading() {
  return (
    <p role="status" class="app-loading">
      {strings.app.loading}
    </p>
  );
}
