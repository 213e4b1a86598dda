/**
 * What the benchmark runs inside the page, on the site's own origin and database: bundled by esbuild from the
 * app's own modules and added to a page of the built site. Each function times its work with
 * `performance.now()` and returns milliseconds.
 */
import { buildReport } from '../../../src/domain/report/build-report';
import { renderDocx } from '../../../src/exports/docx/render-docx';
import { readBackup } from '../../../src/storage/backup/read-backup';
import { restoreBackup } from '../../../src/storage/backup/restore-backup';
import { createBackup } from '../../../src/storage/backup/write-backup';
import { loadCycleData } from '../../../src/storage/cycle-store';
import { getDatabase, LeersteunspiegelDatabase } from '../../../src/storage/database';
import { validateRecord } from '../../../src/storage/record-validation';
import Dexie from 'dexie';
import { loadReportSources } from '../../../src/storage/report-sources';
import { createAssessment } from '../../../src/domain/assessment';
import { EXPECTATION_CODES } from '../../../src/domain/framework/expectation-code';
import { reportInputOf } from '../../../src/ui/report/report-input-of';
import { reportVocabulary, type ReportContent } from '../../../src/ui/report/report-vocabulary';
import { seedDatabase } from './seed';
import { surveyAnswers } from './survey-answers';
import { summarizeSurvey } from '../../../src/domain/survey/survey-results';
import { contributionFiles, importContributions } from './contributions';

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Builds the full report of a cycle, as the report page does. */
async function reportModel(cycleId: string, content: ReportContent) {
  const db = getDatabase();
  const data = await loadCycleData(db, cycleId);
  if (!data) throw new Error(`no cycle ${cycleId}`);
  const sources = await loadReportSources(
    db,
    data.cycle,
    data.evidence.map((item) => item.id),
  );
  const input = reportInputOf(data, sources, {
    codes: data.cycle.scope,
    includeIndividualNotes: false,
    anonymise: false,
  });
  // The bench database holds no bevragingen, so the report needs no questionnaires.
  return buildReport(input, reportVocabulary(content, []));
}

/** n assessments as the app stores them, validated. */
function assessments(n: number) {
  const cycleId = crypto.randomUUID();
  return Array.from({ length: n }, (_, index) =>
    validateRecord('assessments', {
      ...createAssessment({
        cycleId,
        expectationCode: EXPECTATION_CODES[index % EXPECTATION_CODES.length] ?? 'R1',
        kind: 'individual',
        participantId: crypto.randomUUID(),
      }),
      rating: 'meets',
      justification: 'Een korte verantwoording zoals een deelnemer ze schrijft.',
    }),
  );
}

/** How a table's index is declared: its name, the key path it reads, and whether it indexes each array entry. */
interface IndexShape {
  name: string;
  keyPath: string | string[];
  multiEntry: boolean;
}

/**
 * Writes rows into a bare IndexedDB store with the given indexes, in one transaction, by `put` (as an import
 * does) or `add` (as a restore into empty tables does).
 */
function rawWrite(
  name: string,
  indexes: readonly IndexShape[],
  rows: readonly object[],
  how: 'put' | 'add',
): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('assessments', { keyPath: 'id' });
      for (const index of indexes)
        store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry });
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const transaction = open.result.transaction('assessments', 'readwrite');
      const store = transaction.objectStore('assessments');
      for (const row of rows) store[how](row);
      transaction.oncomplete = () => {
        open.result.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

export const bench = {
  seed: (scale: number) => timed(() => seedDatabase(getDatabase(), scale)),

  /**
   * The cycle whose report is longest: the most evidence and actions (every cycle has as many ratings); of
   * cycles as large, the newest school year's, so every run prints the same one.
   */
  largestCycle: async (): Promise<string> => {
    const db = getDatabase();
    const records = [...(await db.table('evidence').toArray()), ...(await db.table('actions').toArray())] as {
      cycleId: string;
    }[];
    const counts = new Map<string, number>();
    for (const record of records) counts.set(record.cycleId, (counts.get(record.cycleId) ?? 0) + 1);
    const cycles = (await db.table('cycles').toArray()) as {
      id: string;
      schoolYear: string;
      title: string;
    }[];
    const [largest] = cycles.sort(
      (a, b) =>
        (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) ||
        b.schoolYear.localeCompare(a.schoolYear) ||
        b.title.localeCompare(a.title),
    );
    if (largest === undefined) throw new Error('the database holds no cycle');
    return largest.id;
  },

  reportModel: async (cycleId: string, content: ReportContent) => {
    const { ms, value } = await timed(() => reportModel(cycleId, content));
    return { ms, sections: value.sections.length };
  },

  docx: async (cycleId: string, content: ReportContent) => {
    const model = await reportModel(cycleId, content);
    const { ms, value } = await timed(() => renderDocx(model));
    return { ms, bytes: value.size };
  },

  /** The results of one bevraging of n respondents answering m statements, as every view that shows them builds them. */
  surveyResults: async (respondents: number, statements: number) => {
    const input = surveyAnswers(respondents, statements);
    const { ms, value } = await timed(() => Promise.resolve(summarizeSurvey(input)));
    return { ms, shown: value.items.filter((item) => item.result.shown).length };
  },

  backupExport: async () => {
    const { ms, value } = await timed(() => createBackup(getDatabase()));
    return { ms, bytes: value.bytes.length };
  },

  /** Reads a backup of the whole database and restores it over itself, as "Vervangen" does. */
  backupRestore: async () => {
    const db = getDatabase();
    const { bytes } = await createBackup(db);
    const { ms } = await timed(async () => restoreBackup(db, await readBackup(bytes), 'replace'));
    // The restore keeps an automatic snapshot of what it replaced; drop it so runs do not pile them up.
    await db.snapshots.clear();
    return { ms };
  },

  /** Reads, plans and writes n contribution files of 17 ratings each into a new team cycle, as the coordinator's import does. */
  contributionImport: async (n: number) => {
    const { cycleId, files } = await contributionFiles(getDatabase(), n);
    const { ms, value } = await timed(() => importContributions(getDatabase(), cycleId, files));
    return { ms, added: value };
  },

  /**
   * The same n validated assessments written in one transaction through Dexie and through bare IndexedDB, into a
   * store with the same indexes (the app's queries need them, so maintaining them is part of the physical
   * limit): what the library costs on top of the browser's own store. Both by `put`, as imports write, and by
   * `add` into an empty table, as a restore writes.
   */
  bulkWrite: async (n: number) => {
    const rows = assessments(n);
    const viaDexie = async (how: 'put' | 'add') => {
      const dexie = new LeersteunspiegelDatabase(`bench-dexie-${crypto.randomUUID()}`);
      await dexie.open();
      const written = await timed(() =>
        dexie.transaction('rw', dexie.assessments, () =>
          how === 'put' ? dexie.assessments.bulkPut(rows) : dexie.assessments.bulkAdd(rows),
        ),
      );
      const indexes = dexie.assessments.schema.indexes.map((index): IndexShape => ({
        name: index.name,
        keyPath: index.keyPath ?? '',
        multiEntry: index.multi ?? false,
      }));
      dexie.close();
      await Dexie.delete(dexie.name);
      return { ms: written.ms, indexes };
    };
    const viaRaw = async (how: 'put' | 'add', indexes: readonly IndexShape[]) => {
      const name = `bench-raw-${crypto.randomUUID()}`;
      const written = await timed(() => rawWrite(name, indexes, rows, how));
      await deleteDatabase(name);
      return written.ms;
    };
    const put = await viaDexie('put');
    const add = await viaDexie('add');
    return {
      dexiePutMs: put.ms,
      rawPutMs: await viaRaw('put', put.indexes),
      dexieAddMs: add.ms,
      rawAddMs: await viaRaw('add', add.indexes),
    };
  },
};

declare global {
  interface Window {
    leersteunspiegelBench: typeof bench;
  }
}
window.leersteunspiegelBench = bench;
