/** The kwaliteitskalender's page, and the lines about it on the home page and in the new cycle's wizard. */
export const qualityCalendar = {
  title: 'Kwaliteitskalender',
  intro:
    'Plan over drie tot zes schooljaren welke kwaliteitsverwachtingen jullie wanneer in focus nemen, zodat het centrum zichzelf systematisch en cyclisch evalueert en alle 17 verwachtingen aan bod komen. Alles wordt automatisch bewaard op dit toestel.',
  firstYearLabel: 'Eerste schooljaar',
  yearCountLabel: 'Aantal schooljaren',
  yearCount: (count: number): string => `${count} schooljaren`,
  matrixCaption: 'Verwachtingen in focus per schooljaar',
  matrixHint: 'Vink per schooljaar aan welke verwachtingen in focus staan.',
  expectationHeader: 'Verwachting',
  inFocus: (code: string, schoolYear: string): string => `${code} in focus in ${schoolYear}`,
  yearsPlanned: (count: number): string =>
    count === 0 ? 'nog niet gepland' : `gepland in ${count} ${count === 1 ? 'schooljaar' : 'schooljaren'}`,
  coverage: (planned: number, unplanned: readonly string[]): string =>
    `${planned} van 17 verwachtingen gepland` +
    (unplanned.length ? `; nog niet gepland: ${unplanned.join(', ')}` : '; alle verwachtingen komen aan bod'),
  notesLegend: 'Notitie per schooljaar (niet verplicht)',
  noteLabel: (schoolYear: string): string => `Notitie bij ${schoolYear}`,
  /** The home page's block. */
  home: {
    heading: 'Kwaliteitskalender',
    none: 'Nog geen kwaliteitskalender: plan over enkele schooljaren welke verwachtingen wanneer in focus staan.',
    make: 'Kwaliteitskalender maken',
    open: 'Kwaliteitskalender bekijken',
    position: (schoolYear: string, number: number, total: number): string =>
      `${schoolYear} is jaar ${number} van ${total} in jullie kwaliteitskalender.`,
    outside: (schoolYear: string, first: string, last: string): string =>
      `${schoolYear} valt buiten jullie kwaliteitskalender (${first} tot ${last}).`,
    focus: 'Dit schooljaar in focus:',
    noFocus: 'Voor dit schooljaar staan nog geen verwachtingen in focus.',
  },
  /** Starting next school year's cycle when the kwaliteitskalender plans its focus. */
  nextCycleIntro: (schoolYear: string): string =>
    `Start een nieuwe cyclus voor ${schoolYear} met dezelfde werkwijze en de verwachtingen die de kwaliteitskalender voor dat jaar plant. Kies welke open acties en bronnen meegaan.`,
  /** The new cycle's wizard, and starting next school year's cycle. */
  proposed: (schoolYear: string): string =>
    `Voorgesteld uit de kwaliteitskalender: de verwachtingen die voor ${schoolYear} in focus staan. Je kan de keuze aanpassen.`,
} as const;
