import type { DecryptionErrorCode } from '../../storage/crypto/decryption-error';

/** Why an encrypted file could not be opened: every page may meet one, so these few lines travel alone. */
export const decryptionErrors = {
  notEncrypted: 'Dit bestand is geen versleutelde back-up van Leersteunspiegel.',
  newerFormat:
    'Dit bestand werd versleuteld door een nieuwere versie van Leersteunspiegel. Herlaad de pagina om de nieuwste versie te krijgen en probeer opnieuw.',
  wrongPassphrase:
    'De wachtwoordzin klopt niet. Let op hoofdletters, spaties en leestekens en probeer opnieuw. (Klopt hij zeker, dan werd het begin van het bestand gewijzigd.)',
  damaged:
    'De wachtwoordzin klopt, maar het bestand is beschadigd of werd na het versleutelen gewijzigd. Het kan niet worden teruggezet.',
} satisfies Record<DecryptionErrorCode, string>;
