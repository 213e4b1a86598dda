import { ACTION_STATUSES } from '../../../src/domain/action';
import { createAction } from '../../../src/domain/action-schema';
import { createAssessment } from '../../../src/domain/assessment';
import { createAttachment } from '../../../src/domain/attachment-schema';
import { createCycle } from '../../../src/domain/cycle-schema';
import { createEvidence } from '../../../src/domain/evidence-schema';
import { EVIDENCE_KINDS, VOICES } from '../../../src/domain/evidence-vocabulary';
import { EXPECTATION_CODES } from '../../../src/domain/framework/expectation-code';
import { LEVEL_IDS } from '../../../src/domain/framework/scale';
import { createLscProfile } from '../../../src/domain/lsc-profile';
import { PARTICIPANT_ROLES, type Participant } from '../../../src/domain/participant';
import { createParticipant } from '../../../src/domain/participant-schema';
import { setSelfParticipant } from '../../../src/storage/cycle-store';
import type { LeersteunspiegelDatabase } from '../../../src/storage/database';
import { validateRecord } from '../../../src/storage/record-validation';
import type { TableName } from '../../../src/storage/tables';

/** The database the benchmark works on, per unit of `--scale`: an LSC with five years of self-evaluation. */
export const SEED_PER_SCALE = {
  cycles: 10,
  participantsPerCycle: 60,
  evidence: 2000,
  /** Every tenth piece of evidence carries a small attachment. */
  attachmentEvery: 10,
  attachmentBytes: 16 * 1024,
  actions: 500,
};

// Level 4 needs a described good practice with evidence; the seed stays with what members mostly choose.
const RATINGS = [...LEVEL_IDS.filter((level) => level !== 'exceeds'), 'needsInformation'] as const;

/** A number that looks random but is the same on every run, so runs compare. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export interface SeededDatabase {
  cycleIds: string[];
  /** The newest cycle: the one the measurements open, as a team would. */
  newestCycleId: string;
  counts: Partial<Record<TableName, number>>;
}

/**
 * Fills the app's database through its own storage layer (every record made by the domain factories and
 * checked by `validateRecord`), in one transaction per table.
 */
export async function seedDatabase(db: LeersteunspiegelDatabase, scale: number): Promise<SeededDatabase> {
  const random = sequence(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // A long name, as centres have: the report's cover and running header must hold it.
  const profile = {
    ...createLscProfile(),
    name: 'Leersteuncentrum Kwaliteitsvolle Leersteun Scheldeland-Rupelstreek',
  };
  const records: Partial<Record<TableName, unknown[]>> = { lscProfiles: [profile] };
  const add = (table: TableName, record: unknown): void => {
    (records[table] ??= []).push(validateRecord(table, record));
  };

  const cycles = Array.from({ length: SEED_PER_SCALE.cycles * scale }, (_, index) => {
    const start = 2016 + (index % 10);
    return createCycle({
      title: `Zelfevaluatie ${start}-${start + 1} (${index + 1})`,
      schoolYear: `${start}-${start + 1}`,
      mode: 'team',
    });
  });
  for (const cycle of cycles) {
    add('cycles', cycle);
    for (let p = 0; p < SEED_PER_SCALE.participantsPerCycle; p++) {
      const participant = createParticipant({
        cycleId: cycle.id,
        name: `Deelnemer ${p + 1}`,
        role: pick(PARTICIPANT_ROLES),
      });
      add('participants', participant);
      for (const code of EXPECTATION_CODES) {
        add('assessments', {
          ...createAssessment({
            cycleId: cycle.id,
            expectationCode: code,
            kind: 'individual',
            participantId: participant.id,
          }),
          rating: pick(RATINGS),
          justification: `Verantwoording van deelnemer ${p + 1} bij ${code}: wat we zien in de trajecten en wat ouders en leraren zeggen.`,
        });
      }
    }
  }
  const newest = cycles[cycles.length - 1];
  if (!newest) throw new Error('the benchmark needs at least one cycle');

  const evidenceCount = SEED_PER_SCALE.evidence * scale;
  for (let index = 0; index < evidenceCount; index++) {
    // Spread evenly: an LSC gathers a few hundred sources a year, not all in one.
    const cycle = cycles[index % cycles.length] ?? newest;
    const evidence = createEvidence({
      cycleId: cycle.id,
      title: `Bron ${index + 1}`,
      kind: pick(EVIDENCE_KINDS),
      voices: [pick(VOICES)],
      description: 'Verslag van een overleg met het schoolteam over de afstemming van de leersteun.',
      expectationCodes: [pick(EXPECTATION_CODES), pick(EXPECTATION_CODES)].filter(
        (code, i, all) => all.indexOf(code) === i,
      ),
    });
    add('evidence', evidence);
    if (index % SEED_PER_SCALE.attachmentEvery === 0) {
      const bytes = new Uint8Array(SEED_PER_SCALE.attachmentBytes).map(() => Math.floor(random() * 256));
      add(
        'attachments',
        createAttachment({
          evidenceId: evidence.id,
          name: `bijlage-${index + 1}.pdf`,
          bytes,
          type: 'application/pdf',
        }),
      );
    }
  }
  for (let index = 0; index < SEED_PER_SCALE.actions * scale; index++) {
    const cycle = cycles[index % cycles.length] ?? newest;
    add(
      'actions',
      createAction({
        cycleId: cycle.id,
        title: `Actie ${index + 1}`,
        status: pick(ACTION_STATUSES),
        expectationCodes: [pick(EXPECTATION_CODES)],
      }),
    );
  }

  for (const [table, rows] of Object.entries(records) as [TableName, unknown[]][]) {
    await db.transaction('rw', db.table(table), () => db.table(table).bulkPut(rows));
  }
  // This device is the newest cycle's first participant, so its rating form opens ready to edit.
  const self = (records.participants as Participant[] | undefined)?.find((p) => p.cycleId === newest.id);
  if (self) await setSelfParticipant(db, newest.id, self.id);
  return {
    cycleIds: cycles.map((cycle) => cycle.id),
    newestCycleId: newest.id,
    counts: Object.fromEntries(Object.entries(records).map(([table, rows]) => [table, rows.length])),
  };
}
