export const contextInput = {
  title: 'Context en input',
  intro:
    'Het referentiekader beschrijft eerst de context- en inputkenmerken waarmee een leersteuncentrum best rekening houdt bij het vormgeven van leersteun.',
} as const;
