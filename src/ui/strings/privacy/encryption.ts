import { MIN_PASSPHRASE_LENGTH } from '../../../storage/crypto/passphrase';

/** Interface text about protecting data: passphrase-encrypted files and the personal-data warning. */
export const encryption = {
  protect: 'Beveilig de back-up met een wachtwoordzin',
  protectHint:
    'Aan te raden als je de back-up meeneemt of doorgeeft: zonder de wachtwoordzin kan niemand hem lezen. Wie de wachtwoordzin vergeet, kan de back-up niet meer openen — niemand kan hem herstellen.',
  passphrase: 'Wachtwoordzin',
  passphraseHint: `Minstens ${MIN_PASSPHRASE_LENGTH} tekens. Een zin van een paar woorden is sterk en te onthouden, bv. "zeven groene kikkers dansen". Geef hem nooit in dezelfde mail of op dezelfde stick als het bestand.`,
  repeat: 'Herhaal de wachtwoordzin',
  errors: {
    tooShort: `De wachtwoordzin is te kort: gebruik minstens ${MIN_PASSPHRASE_LENGTH} tekens.`,
    mismatch: 'De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.',
  },
  backupDone: (name: string): string =>
    `Versleutelde back-up gemaakt: ${name}. Bewaar de wachtwoordzin apart van het bestand.`,
  restoreFileHint: 'Een versleutelde back-up eindigt op .zip.enc.',
  locked: 'Deze back-up is versleuteld. Geef de wachtwoordzin waarmee hij gemaakt werd.',
  unlockLabel: 'Wachtwoordzin van de back-up',
  unlock: 'Openen',
  unlocking: 'Bezig met ontsleutelen en controleren…',
} as const;
