export const backupErrors = {
  notABackup:
    'Dit bestand is geen back-up van Leersteunspiegel. Kies het .zip-bestand dat Leersteunspiegel maakte.',
  damaged: 'Het back-upbestand is beschadigd of onvolledig en kan niet worden teruggezet.',
  checksumMismatch:
    'De inhoud van het back-upbestand klopt niet met zijn controlecode: het is onderweg beschadigd of gewijzigd.',
  newerFormat:
    'Deze back-up komt uit een nieuwere versie van Leersteunspiegel. Herlaad de pagina om de nieuwste versie te krijgen en probeer opnieuw.',
  invalidRecords: 'Sommige gegevens in de back-up zijn ongeldig:',
  inconsistent: 'De back-up is niet samenhangend: sommige gegevens verwijzen naar iets dat ontbreekt:',
  tooLarge: 'Een bestand in de back-up is groter dan Leersteunspiegel toelaat.',
  unchanged: 'Er is niets gewijzigd aan je gegevens.',
  problem: (
    table: string | undefined,
    index: number | undefined,
    field: string | undefined,
    message: string,
  ): string =>
    [table && `in ${table}`, index !== undefined && `record ${index + 1}`, field && `veld "${field}"`]
      .filter(Boolean)
      .join(', ')
      .concat(table || field ? `: ${message}` : message),
} as const;
