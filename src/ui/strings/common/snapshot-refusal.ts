/** Why nothing was restored or deleted yet: the automatic backup before it could not be stored. Apart from the
 * data page's words because every page's error explanations use them. */
export const snapshotRefusal = {
  reason: (reason: string): string =>
    `De browser weigert de automatische back-up van je huidige gegevens te bewaren (melding van de browser: "${reason}"). Dat doet Safari bijvoorbeeld in een privévenster.`,
  choice:
    'Er is nog niets teruggezet. Wil je je huidige gegevens kunnen terughalen, download dan eerst zelf een back-up (hierboven). Kies daarna of je toch terugzet, zonder automatische back-up.',
} as const;
