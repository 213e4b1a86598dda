/**
 * Interface text for opening encrypted contributions, in a part of its own: only the coordinator's
 * contributions view needs it, not the member's overview that shares the other contribution text.
 */

export const contributionUnlock = {
  title: 'Versleutelde bijdragen openen',
  lockedIntro: (files: readonly string[]): string =>
    `${files.length === 1 ? 'Eén bestand is' : `${files.length} bestanden zijn`} versleuteld: ${files.join(', ')}. Geef de wachtwoordzin die je met je team afsprak; ze wordt bij elk versleuteld bestand geprobeerd.`,
  batchPassphraseLabel: 'Wachtwoordzin van de versleutelde bijdragen',
  retryIntro:
    'De wachtwoordzin paste niet bij elk bestand. Geef per bestand de wachtwoordzin die de indiener koos, of ga verder zonder deze bestanden.',
  filePassphraseLabel: (file: string): string => `Wachtwoordzin van ${file}`,
  passphraseMissing: 'Vul de wachtwoordzin in.',
  open: 'Openen',
  progress: (done: number, total: number): string => `${done} van ${total} ontsleuteld en gecontroleerd`,
  leaveOut: 'Verder zonder deze bestanden',
} as const;
