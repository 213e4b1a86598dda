import { corruptSpreadsheets } from './corrupt-spreadsheets';
import { answerWords, proposeColumns } from '../../../src/domain/survey/spreadsheet/column-mapping';
import { readSpreadsheet } from '../../../src/domain/survey/spreadsheet/read-spreadsheet';
import { SpreadsheetError } from '../../../src/domain/survey/spreadsheet/sheet';
import { spreadsheetResponses } from '../../../src/domain/survey/spreadsheet/spreadsheet-responses';
import { SpreadsheetKnownError } from '../../../src/storage/errors';
import { recordSpreadsheetResponses } from '../../../src/storage/survey-store';
import { spreadsheets } from '../../../src/ui/strings/spreadsheets';
import { sha256Hex } from '../../../src/domain/sha256';
import fc from 'fast-check';
import { BackupError } from '../../../src/storage/backup/backup-error';
import { readBackup } from '../../../src/storage/backup/read-backup';
import { restoreBackup } from '../../../src/storage/backup/restore-backup';
import { createBackup } from '../../../src/storage/backup/write-backup';
import { DecryptionError } from '../../../src/storage/crypto/decryption-error';
import { decryptBytes, encryptBytes } from '../../../src/storage/crypto/encryption';
import { HEADER_LENGTH } from '../../../src/storage/crypto/envelope';
import type { LeersteunspiegelDatabase } from '../../../src/storage/database';
import { TABLE_NAMES, type TableName } from '../../../src/storage/tables';
import {
  ContributionFileSchema,
  type ContributionFile,
} from '../../../src/domain/contribution/contribution-file';
import { planContributionImport } from '../../../src/domain/contribution/import-plan';
import { buildImport } from '../../../src/domain/contribution/import-records';
import { serialiseTeamFile } from '../../../src/domain/contribution/read-file';
import { writeContributionImport } from '../../../src/storage/contribution-store';
import { createCycleRecords, loadCycleData } from '../../../src/storage/cycle-store';
import { describeSkipped } from '../../../src/ui/contributions/import-messages';
import {
  leaveLockedOut,
  readContributionFiles,
  unlockContributions,
} from '../../../src/ui/contributions/read-contribution-files';
import { explainError } from '../../../src/ui/explain-error';
import { createCycle } from '../../../src/domain/cycle-schema';
import { askedStatements } from '../../../src/domain/survey/asked-statements';
import { createAnswerFile, type AnswerFile } from '../../../src/domain/survey/link/answer-file';
import {
  LinkPayloadError,
  linkPayload,
  linkQuestionnaire,
} from '../../../src/domain/survey/link/link-payload';
import { decodeLinkPayload } from '../../../src/domain/survey/link/link-payload-schema';
import { createSurvey } from '../../../src/domain/survey/survey-schema';
import { saveSurvey } from '../../../src/storage/survey-store';
import * as strings from '../../../src/ui/strings';
import { describeRefusedAnswer } from '../../../src/ui/surveys/answer-import-messages';
import { planAnswerFiles, storeTakenAnswers, takenAnswers } from '../../../src/ui/surveys/read-answer-files';
import { realQuestionnaire } from '../domain/survey/link/real-questionnaires';
import { corruptAnswerFiles, corruptLinks } from './corrupt-answer-files';
import { contributionFrom, teamWithInvitation } from '../domain/contribution/team-files';
import { aDataset } from './arbitraries';
import { corruptBackups } from './corrupt-backups';
import { corruptContributions } from './corrupt-contributions';
import { freshDatabase } from './test-database';

/** A generated bad file and what was done to it, for the failure message. */
export type BrokenFile = () => Promise<{ kind: string; bytes: Uint8Array }>;

/** What importing one generated file did; an error the app cannot explain is thrown instead (a crash). */
export type FuzzOutcome =
  /** Refused before anything was stored, with the Dutch lines the user reads. */
  | { refused: readonly string[] }
  /** Taken whole: every record it wrote, table by table, which must now be stored exactly as given. */
  | { written: Partial<Record<TableName, readonly { id: string }[]>> };

/** One kind of file a user can import, fed broken and hostile variants by the fuzz test. */
export interface FuzzTarget {
  name: string;
  /** The part of the run's cases this target gets; targets that derive a key per case get fewer. */
  share: number;
  /** Stores what the import needs before the run starts (the team cycle a contribution answers). */
  prepare?: (db: LeersteunspiegelDatabase) => Promise<void>;
  /** Makes a valid file of this kind and returns generated broken variants of it. */
  brokenFiles(): Promise<fc.Arbitrary<BrokenFile>>;
  /** Imports a file as the app does, all checks first, and says what came of it. */
  importFile(db: LeersteunspiegelDatabase, bytes: Uint8Array): Promise<FuzzOutcome>;
}

let withEverything: Promise<Uint8Array> | undefined;

/**
 * A backup of a database with at least one record in every table, attachments included: the caller's own copy.
 * It is made once per test worker, because finding such a dataset among 200 samples takes about two seconds,
 * and thirteen tests each made it anew (half a minute of `npm test`).
 */
export async function validBackupWithEverything(): Promise<Uint8Array> {
  withEverything ??= makeValidBackupWithEverything();
  return (await withEverything).slice();
}

async function makeValidBackupWithEverything(): Promise<Uint8Array> {
  const data = fc
    .sample(aDataset, { numRuns: 200, seed: 42 })
    .find((sample) => TABLE_NAMES.every((table) => sample[table].length > 0));
  if (!data) throw new Error('no sample with a record in every table');
  const db = freshDatabase();
  for (const table of TABLE_NAMES) await db.table(table).bulkAdd(data[table]);
  return (await createBackup(db)).bytes;
}

/** Imports a backup the way the data view does: read and check it, and only then restore it. */
export async function importBackup(db: LeersteunspiegelDatabase, bytes: Uint8Array): Promise<unknown> {
  try {
    await restoreBackup(db, await readBackup(bytes), 'merge');
    return undefined;
  } catch (error) {
    return error;
  }
}

/**
 * The outcome of an import that must refuse: the app's message for an error it explains; anything else —
 * another error, or a file restored — is a crash.
 */
function mustRefuse(error: unknown, refusals: readonly (new (...args: never[]) => Error)[]): FuzzOutcome {
  if (!refusals.some((refusal) => error instanceof refusal))
    throw error ?? new Error('a broken file went in');
  return { refused: explainError(error) };
}

const PASSPHRASE = 'een wachtwoordzin voor de fuzz-test';

const backupTarget: FuzzTarget = {
  name: 'backup',
  share: 1,
  brokenFiles: async () => corruptBackups(await validBackupWithEverything()),
  importFile: async (db, bytes) => mustRefuse(await importBackup(db, bytes), [BackupError]),
};

/** Damaged variants of an encrypted file: a changed header or ciphertext byte, cut off, junk after the magic. */
function tamperedEnvelopes(valid: Uint8Array): fc.Arbitrary<BrokenFile>[] {
  const changed = (kind: string, edit: (bytes: Uint8Array) => Uint8Array) => async () => ({
    kind,
    bytes: edit(valid.slice()),
  });
  const flip = (at: number, mask: number) => (bytes: Uint8Array) => {
    bytes[at]! ^= mask;
    return bytes;
  };
  return [
    fc
      .tuple(fc.nat({ max: HEADER_LENGTH - 1 }), fc.integer({ min: 1, max: 255 }))
      .map(([at, mask]) => changed(`header byte ${at}`, flip(at, mask))),
    fc
      .tuple(fc.integer({ min: HEADER_LENGTH, max: valid.length - 1 }), fc.integer({ min: 1, max: 255 }))
      .map(([at, mask]) => changed('ciphertext byte', flip(at, mask))),
    fc
      .nat({ max: valid.length - 1 })
      .map((length) => changed('truncated', (bytes) => bytes.slice(0, length))),
    fc
      .uint8Array({ maxLength: 200 })
      .map((tail) =>
        changed('header then junk', (bytes) => Uint8Array.from([...bytes.slice(0, 8), ...tail])),
      ),
  ];
}

/** An encrypted backup: damaged envelopes, and broken backups encrypted with the right passphrase. */
const encryptedBackupTarget: FuzzTarget = {
  name: 'encrypted backup',
  share: 0.03,
  brokenFiles: async () => {
    const backup = await validBackupWithEverything();
    const valid = await encryptBytes(backup, PASSPHRASE);
    return fc.oneof(
      ...tamperedEnvelopes(valid),
      corruptBackups(backup).map((make) => async () => {
        const { kind, bytes } = await make();
        return { kind: `encrypted ${kind}`, bytes: await encryptBytes(bytes, PASSPHRASE) };
      }),
    );
  },
  importFile: async (db, bytes) => {
    let error: unknown;
    try {
      error = await importBackup(db, await decryptBytes(bytes, PASSPHRASE));
    } catch (decryption) {
      error = decryption;
    }
    return mustRefuse(error, [DecryptionError, BackupError]);
  },
};

/** The name the fuzz's contribution file is chosen under; every message starts with it. */
export const FILE_NAME = 'bijdrage-fuzz.json';

const contributionTeam = teamWithInvitation({ scope: ['R1', 'R2', 'M2'] });

/** A contribution to the fuzz's team cycle, with texts, support levels and a good practice on R2. */
function validContribution(): ContributionFile {
  const { file } = contributionFrom(
    contributionTeam.invitation,
    { R1: 'meets', R2: 'exceeds' },
    { name: 'An' },
  );
  return ContributionFileSchema.parse({
    ...file,
    assessments: file.assessments.map((assessment, index) => ({
      ...assessment,
      strengths: 'Sterk overleg met de school.',
      pointsToDevelop: 'Ouders vaker betrekken.',
      supportLevels: ['leraar', 'leerling'],
      ...(index === 1
        ? {
            goodPractice: {
              description: 'Co-teaching in de klas.',
              criteria: [{ criterionId: 'beyondUsual', met: true, backed: false }],
            },
          }
        : {}),
    })),
  });
}

/**
 * Imports contribution files the way the contributions view does — read, encrypted ones unlocked with the
 * passphrase (those it does not open left out), planned against the team cycle as stored, written in one
 * transaction — with one file in the batch.
 */
async function importContribution(db: LeersteunspiegelDatabase, bytes: Uint8Array): Promise<FuzzOutcome> {
  const noProgress = () => {};
  const first = await readContributionFiles(
    [new File([bytes as Uint8Array<ArrayBuffer>], FILE_NAME)],
    noProgress,
  );
  const unlocked = await unlockContributions(first.locked, () => PASSPHRASE, noProgress);
  const files = [...first.read, ...unlocked.read, ...leaveLockedOut(unlocked.locked)];
  const data = await loadCycleData(db, contributionTeam.team.id);
  if (!data) throw new Error('the team cycle is missing');
  const plan = planContributionImport(data.cycle, data.participants, data.assessments, files);
  const { records, skipped } = buildImport(
    plan,
    data.cycle,
    data.participants,
    data.assessments,
    new Set(),
    (n) => `Anoniem ${n}`,
  );
  if (records.participants.length === 0) return { refused: skipped.map(describeSkipped) };
  await writeContributionImport(db, data.cycle.id, records);
  return { written: { participants: records.participants, assessments: records.assessments } };
}

const contributionTarget: FuzzTarget = {
  name: 'contribution',
  share: 1,
  prepare: (db) => createCycleRecords(db, { cycle: contributionTeam.team, participants: [] }),
  brokenFiles: async () => corruptContributions(validContribution()),
  importFile: importContribution,
};

/** An encrypted contribution: damaged envelopes, and broken or hostile contributions encrypted as they are. */
const encryptedContributionTarget: FuzzTarget = {
  ...contributionTarget,
  name: 'encrypted contribution',
  share: 0.03,
  brokenFiles: async () => {
    const plain = new TextEncoder().encode(serialiseTeamFile(validContribution()));
    return fc.oneof(
      ...tamperedEnvelopes(await encryptBytes(plain, PASSPHRASE)),
      corruptContributions(validContribution()).map((make) => async () => {
        const { kind, bytes } = await make();
        return { kind: `encrypted ${kind}`, bytes: await encryptBytes(bytes, PASSPHRASE) };
      }),
    );
  },
};

const parents = realQuestionnaire('parents');
const spreadsheetCycle = createCycle({ title: 'Bevraging via Forms', schoolYear: '2026-2027', mode: 'team' });
const spreadsheetSurvey = createSurvey({
  cycleId: spreadsheetCycle.id,
  group: 'parents',
  itemIds: parents.items.map((item) => item.id),
  startDate: '2027-03-01',
  endDate: '2027-03-31',
  askedCount: 40,
});

/**
 * Reads a result file the way the Forms page does — read, mapped by itself, and stored at once only when no
 * answer word is left unknown — and says what came of it.
 */
async function importSpreadsheet(db: LeersteunspiegelDatabase, bytes: Uint8Array): Promise<FuzzOutcome> {
  try {
    const sheet = await readSpreadsheet(bytes);
    const questions = {
      statements: parents.items,
      openQuestions: parents.openQuestions,
      scale: parents.scale,
    };
    const columns = proposeColumns(sheet, questions);
    const sourceFile = await sha256Hex(bytes);
    const outcome = spreadsheetResponses(sheet, columns, answerWords(sheet, columns, parents.scale), {
      surveyId: spreadsheetSurvey.id,
      sourceFile,
      unknownLeftOpen: false,
    });
    const text = spreadsheets;
    if (outcome.unknown.length > 0) {
      return {
        refused: [
          text.unknownTitle,
          ...outcome.unknown.map((cell) => text.unknownCell(cell.row, cell.header, cell.text)),
        ],
      };
    }
    if (outcome.responses.length === 0) return { refused: [text.nothingUsed] };
    const stored = await recordSpreadsheetResponses(db, outcome.responses, sourceFile, '2027-03-10');
    return { written: { surveyResponses: stored } };
  } catch (error) {
    return mustRefuse(error, [SpreadsheetError, SpreadsheetKnownError]);
  }
}

const spreadsheetTarget: FuzzTarget = {
  name: 'spreadsheet',
  share: 0.5,
  prepare: async (db) => {
    await createCycleRecords(db, { cycle: spreadsheetCycle, participants: [] });
    await saveSurvey(db, spreadsheetSurvey);
  },
  brokenFiles: async () => corruptSpreadsheets(),
  importFile: importSpreadsheet,
};

/** The day the fuzz reads answer files on: within the bevraging's period. */
const TODAY = '2027-01-20';
const answerCycle = createCycle({
  title: 'Zelfevaluatie met bevraging',
  schoolYear: '2026-2027',
  mode: 'team',
});
/** A parents' bevraging of two statements, taking answers on TODAY, that the answer files answer. */
const answerSurvey = createSurvey({
  cycleId: answerCycle.id,
  group: 'parents',
  itemIds: ['ouder-uitleg-bij-start', 'ouder-tevreden'],
  startDate: '2027-01-11',
  endDate: '2027-01-29',
  askedCount: 20,
});
const answerStatements = askedStatements(answerSurvey, parents);

/** A parent's answer file to the fuzz's bevraging, with words of their own. */
function validAnswerFile(): Promise<AnswerFile> {
  return createAnswerFile({
    surveyId: answerSurvey.id,
    statements: answerStatements,
    answers: { 'ouder-tevreden': 'agree', 'ouder-uitleg-bij-start': 'dontKnow' },
    openAnswers: { 'ouder-open-waardevol': 'De leerondersteuner luisterde naar ons.' },
    day: TODAY,
  });
}

/**
 * Reads an answer file in the way the bevraging's link page does — read, planned against the bevraging as
 * stored, and the taken answers stored together — with one file in the batch.
 */
async function importAnswerFile(db: LeersteunspiegelDatabase, bytes: Uint8Array): Promise<FuzzOutcome> {
  const file = new File([bytes as Uint8Array<ArrayBuffer>], 'antwoord-ouders-fuzz.json');
  const plan = await planAnswerFiles(db, answerSurvey, answerStatements, [file], TODAY, () => {});
  if (takenAnswers(plan).length === 0) {
    return { refused: plan.flatMap((entry) => describeRefusedAnswer(entry, answerSurvey.endDate) ?? []) };
  }
  return { written: { surveyResponses: await storeTakenAnswers(db, plan, TODAY) } };
}

const answerFileTarget: FuzzTarget = {
  name: 'answer',
  share: 0.5,
  prepare: async (db) => {
    await createCycleRecords(db, { cycle: answerCycle, participants: [] });
    await saveSurvey(db, answerSurvey);
  },
  brokenFiles: async () => corruptAnswerFiles(await validAnswerFile()),
  importFile: importAnswerFile,
};

/**
 * A link's fragment, opened as the respondent's page opens it: a questionnaire to show (it stores nothing), or
 * the page's Dutch message.
 */
const linkTarget: FuzzTarget = {
  name: 'link',
  share: 0.5,
  brokenFiles: async () => corruptLinks(linkPayload(answerSurvey, parents, answerStatements, 'LSC Fuzz')),
  importFile: async (_db, bytes) => {
    try {
      linkQuestionnaire(decodeLinkPayload(new TextDecoder().decode(bytes)));
      return { written: {} };
    } catch (error) {
      if (!(error instanceof LinkPayloadError)) throw error;
      return { refused: [strings.linkRespondent.errors[error.code]] };
    }
  },
};

/**
 * Every kind of file the app imports: backups and contributions, each plain and encrypted; spreadsheets, answer
 * files and links.
 */
export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  backupTarget,
  encryptedBackupTarget,
  contributionTarget,
  encryptedContributionTarget,
  spreadsheetTarget,
  answerFileTarget,
  linkTarget,
];
