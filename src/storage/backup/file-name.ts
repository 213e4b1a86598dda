/** The file name a backup is offered under: `leersteunspiegel-backup-2026-11-24.zip`, with an optional suffix. */
export function backupFileName(now: Date = new Date(), suffix = ''): string {
  return `leersteunspiegel-backup-${now.toISOString().slice(0, 10)}${suffix}.zip`;
}

/** The name an encrypted copy of a file is offered under: the original name with `.enc` after it. */
export function encryptedFileName(name: string): string {
  return `${name}.enc`;
}
