import { describe, expect, it } from 'vitest';
import { buildImport } from '../../../src/domain/contribution/import-records';
import { planContributionImport, type ReadContribution } from '../../../src/domain/contribution/import-plan';
import { serialiseTeamFile } from '../../../src/domain/contribution/read-file';
import { writeContributionImport } from '../../../src/storage/contribution-store';
import { encryptBytes } from '../../../src/storage/crypto/encryption';
import { HEADER_LENGTH } from '../../../src/storage/crypto/envelope';
import { createCycleRecords, loadCycleData } from '../../../src/storage/cycle-store';
import { describeSkipped } from '../../../src/ui/contributions/import-messages';
import {
  leaveLockedOut,
  readContributionFiles,
  unlockContributions,
} from '../../../src/ui/contributions/read-contribution-files';
import { contributionFrom, teamWithInvitation } from '../domain/contribution/team-files';
import { dumpDatabase, freshDatabase } from '../storage/test-database';

const TEAM_PASSPHRASE = 'zeven groene kikkers dansen';
const OWN_PASSPHRASE = 'mijn eigen lange wachtwoordzin';
const { team, invitation } = teamWithInvitation();
const noProgress = () => {};

function contributionBytes(name: string): Uint8Array {
  const { file } = contributionFrom(invitation, { R1: 'meets', M2: 'approaching' }, { name });
  return new TextEncoder().encode(serialiseTeamFile(file));
}

const asFile = (name: string, bytes: Uint8Array) => new File([bytes as Uint8Array<ArrayBuffer>], name);

/** The names of the read files that are contributions, and of those refused. */
const names = (read: readonly ReadContribution[]) => ({
  ok: read.filter((entry) => entry.result.ok).map((entry) => entry.fileName),
  refused: read.filter((entry) => !entry.result.ok).map((entry) => entry.fileName),
});

describe('reading encrypted contribution files', () => {
  it('reads an encrypted contribution with its passphrase as exactly the file the member exported', async () => {
    const plain = contributionBytes('An');
    const batch = await readContributionFiles(
      [asFile('an.json.enc', await encryptBytes(plain, TEAM_PASSPHRASE))],
      noProgress,
    );
    expect(batch.read).toEqual([]);
    expect(batch.locked.map(({ fileName, tried }) => ({ fileName, tried }))).toEqual([
      { fileName: 'an.json.enc', tried: false },
    ]);

    const unlocked = await unlockContributions(batch.locked, () => TEAM_PASSPHRASE, noProgress);
    const [plainRead] = (await readContributionFiles([asFile('an.json', plain)], noProgress)).read;
    expect(unlocked.locked).toEqual([]);
    expect(unlocked.read).toEqual([{ ...plainRead, fileName: 'an.json.enc' }]);
  });

  it('keeps a file a wrong passphrase does not open locked, and says so by name when left out', async () => {
    const locked = (
      await readContributionFiles(
        [asFile('bram.json.enc', await encryptBytes(contributionBytes('Bram'), TEAM_PASSPHRASE))],
        noProgress,
      )
    ).locked;
    const retry = await unlockContributions(locked, () => 'een verkeerde wachtwoordzin', noProgress);
    expect(retry.read).toEqual([]);
    expect(retry.locked.map(({ fileName, tried }) => ({ fileName, tried }))).toEqual([
      { fileName: 'bram.json.enc', tried: true },
    ]);
    const [left] = leaveLockedOut(retry.locked);
    if (left?.result.ok !== false) throw new Error('a file left out is refused');
    expect(describeSkipped({ kind: 'broken', fileName: left.fileName, error: left.result.error })).toBe(
      'bram.json.enc: de wachtwoordzin past niet bij dit versleutelde bestand. Vraag de indiener welke wachtwoordzin gekozen werd. (Klopt ze zeker, dan werd het begin van het bestand gewijzigd.)',
    );
  });

  it('refuses a file changed after encryption with its own message, even with the right passphrase', async () => {
    const bytes = await encryptBytes(contributionBytes('Cas'), TEAM_PASSPHRASE);
    bytes[HEADER_LENGTH + 3]! ^= 0x01;
    const { locked } = await readContributionFiles([asFile('cas.json.enc', bytes)], noProgress);
    const { read } = await unlockContributions(locked, () => TEAM_PASSPHRASE, noProgress);
    expect(read).toHaveLength(1);
    const [entry] = read;
    expect(entry?.result.ok).toBe(false);
    if (entry?.result.ok === false) {
      expect(entry.result.error.code).toBe('tampered');
      expect(describeSkipped({ kind: 'broken', fileName: entry.fileName, error: entry.result.error })).toBe(
        'cas.json.enc: dit versleutelde bestand is beschadigd of werd na het versleutelen gewijzigd. Vraag de indiener om de bijdrage opnieuw te exporteren.',
      );
    }
  });

  it('imports a mixed batch: the team passphrase opens most, one file needs its own, broken ones stay out', async () => {
    const db = freshDatabase();
    await createCycleRecords(db, { cycle: team, participants: [] });
    const tampered = await encryptBytes(contributionBytes('Dirk'), TEAM_PASSPHRASE);
    tampered[tampered.length - 1]! ^= 0x80;
    const chosen = [
      asFile('an.json', contributionBytes('An')),
      asFile('bram.json.enc', await encryptBytes(contributionBytes('Bram'), TEAM_PASSPHRASE)),
      asFile('cas.json.enc', await encryptBytes(contributionBytes('Cas'), OWN_PASSPHRASE)),
      asFile('dirk.json.enc', tampered),
      asFile('eva.json', new TextEncoder().encode('{"format": "leersteunspiegel-bijdrage", ')),
    ];
    const progress: number[] = [];
    const first = await readContributionFiles(chosen, (count) => progress.push(count));
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(names(first.read)).toEqual({ ok: ['an.json'], refused: ['eva.json'] });

    const second = await unlockContributions(first.locked, () => TEAM_PASSPHRASE, noProgress);
    expect(names(second.read)).toEqual({ ok: ['bram.json.enc'], refused: ['dirk.json.enc'] });
    expect(second.locked.map((file) => file.fileName)).toEqual(['cas.json.enc']);
    const before = await dumpDatabase(db);

    const third = await unlockContributions(second.locked, () => OWN_PASSPHRASE, noProgress);
    expect(third.locked).toEqual([]);
    // Nothing is written while the coordinator is still giving passphrases.
    expect(await dumpDatabase(db)).toBe(before);

    const files = [...first.read, ...second.read, ...third.read];
    const plan = planContributionImport(team, [], [], files);
    const outcome = buildImport(plan, team, [], [], new Set(), (n) => `Anoniem ${n}`);
    await writeContributionImport(db, team.id, outcome.records);
    const data = await loadCycleData(db, team.id);
    expect(data?.participants.map((p) => p.name).sort()).toEqual(['An', 'Bram', 'Cas']);
    expect(data?.assessments).toHaveLength(3 * 2);
    expect(outcome.skipped.map(describeSkipped)).toEqual([
      'dirk.json.enc: dit versleutelde bestand is beschadigd of werd na het versleutelen gewijzigd. Vraag de indiener om de bijdrage opnieuw te exporteren.',
      'eva.json: dit bestand is beschadigd of onvolledig (geen geldige JSON).',
    ]);
  });
});
