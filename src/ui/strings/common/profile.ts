export const profile = {
  title: 'Ons leersteuncentrum',
  intro:
    'De context en input van je centrum. Ze vormen de situering in je zelfevaluatierapport ("Administratieve gegevens en situering"). Alles wordt automatisch bewaard op dit toestel.',
  fields: {
    name: { label: 'Naam van het leersteuncentrum', hint: '' },
    institutionNumber: {
      label: 'Instellingsnummer',
      hint: 'Alleen cijfers, zoals het departement het toekent.',
    },
    address: { label: 'Adres', hint: 'Straat en nummer, postcode en gemeente.' },
    governingBody: { label: 'Onderwijsverstrekker of schoolbestuur', hint: '' },
    directorName: { label: 'Directeur', hint: 'Naam van de directeur.' },
    contactEmail: { label: 'E-mailadres van het centrum', hint: '' },
    contactPhone: { label: 'Telefoonnummer van het centrum', hint: '' },
    workingArea: {
      label: 'Werkgebied',
      hint: 'Regio, gemeenten, kenmerken van het werkgebied (grootstedelijk, kansarmoede, diversiteit …).',
    },
    schoolsServed: {
      label: 'Scholen die we bedienen',
      hint: 'Aantal scholen, niveaus, netten, vestigingsplaatsen.',
    },
    teamComposition: {
      label: 'Samenstelling en expertise van het team',
      hint: 'Disciplines (onderwijskundig, paramedisch, sociaal, psychologisch, orthopedagogisch), aantal leerondersteuners, ervaring.',
    },
    structuralPartnerships: {
      label: 'Structurele samenwerking voor type 4, 6 en 7',
      hint: 'Met welk leersteuncentrum, voor welke types en met welke afspraken.',
    },
    supportCouncil: { label: 'Leersteunraad', hint: 'Samenstelling en werking.' },
    otherContext: { label: 'Andere context- en inputkenmerken', hint: '' },
  },
  groups: {
    identity: 'Administratieve gegevens',
    contact: 'Directie en contact',
    context: 'Situering: context en input',
  },
  figures: {
    title: 'Cijfers per schooljaar',
    intro:
      'Wat je centrum per schooljaar rapporteert. Elk schooljaar wordt apart bewaard: de cijfers van een later jaar overschrijven nooit die van een vroeger jaar. Vul alleen aantallen in, geen namen van leerlingen.',
    yearLabel: 'Schooljaar',
    yearHint:
      'Kies het schooljaar waarvan je de cijfers invult. Vroegere jaren blijven bewaard en aanpasbaar.',
    storedYears: (years: string): string => `Bewaarde schooljaren: ${years}.`,
    noStoredYears: 'Er zijn nog geen cijfers bewaard.',
    supportCouncilDate: 'Datum waarop de leersteunraad de zelfevaluatie besprak',
    pupilsLegend: 'Leerlingen met een verslag, per type',
    pupilsHint: 'Laat een vakje leeg als je het aantal niet kent; 0 betekent geen leerlingen.',
    typeColumn: 'Type',
    notOffered: 'bestaat niet',
    trajectories: 'Aantal trajecten',
    supportStaff: 'Aantal leerondersteuners (personen)',
    fte: 'Leerondersteuners in VTE',
    fteHint: 'Met een komma, hoogstens twee cijfers erna (bv. 12,75).',
    notANumber: 'Vul een getal in.',
    dateInvalid: 'Vul een geldige datum in.',
  },
  logo: {
    legend: 'Logo',
    hint: 'Een PNG- of JPEG-afbeelding van hoogstens 1 MB. Het logo staat op de voorpagina van je rapport.',
    choose: 'Kies een logo',
    replace: 'Kies een ander logo',
    remove: 'Verwijder het logo',
    alt: (centre: string): string => `Logo van ${centre === '' ? 'het leersteuncentrum' : centre}`,
    none: 'Er is nog geen logo gekozen.',
    size: (width: number, height: number): string => `${width} × ${height} pixels`,
    tooLarge: 'Dit bestand is groter dan 1 MB. Kies een kleinere afbeelding.',
    notAnImage:
      'Dit bestand is geen PNG- of JPEG-afbeelding. Kies een PNG- of JPEG-bestand (SVG kan niet: het kan code bevatten).',
    unreadable:
      'Deze afbeelding kan niet gelezen worden. Ze is misschien beschadigd; kies een ander bestand.',
    tooManyPixels: 'Deze afbeelding is groter dan 10 000 pixels breed of hoog. Kies een kleinere afbeelding.',
    saved: 'Het logo is bewaard.',
    removed: 'Het logo is verwijderd.',
  },
  supportTypesLegend: 'Types leersteun die we zelf aanbieden',
  supportTypes: {
    basisaanbod: 'basisaanbod',
    'type-2': 'type 2',
    'type-3': 'type 3',
    'type-4': 'type 4',
    'type-6': 'type 6',
    'type-7': 'type 7',
    'type-9': 'type 9',
  },
} as const;
