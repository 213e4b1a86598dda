const bytesFormat = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });

/** A size the way people read it: `850 kB`, `2,3 MB`. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${bytesFormat.format(value)} ${units[unit]}`;
}

const dateTimeFormat = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short' });

/** A moment as `24 november 2026 om 10:15`. */
export function formatDateTime(timestamp: string): string {
  return dateTimeFormat.format(new Date(timestamp));
}
