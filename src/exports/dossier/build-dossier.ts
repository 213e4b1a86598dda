import { zipSync, type Zippable } from 'fflate';
import type { ReportAction, ReportEvidence } from '../../domain/report/report-model';
import { dossierIndex, type IndexEntry } from './dossier-index';
import { attachmentFiles, type DossierAttachment, type DossierFile } from './dossier-files';
import { dossierLabels } from './dossier-labels';
import { actionPlanCsv, evidenceCsv } from './dossier-tables';
import { safeFileName } from './file-names';

/** What the inspection dossier is made of; the report files come made, the tables from the model. */
export interface DossierParts {
  cycleTitle: string;
  /** The report as the Word download makes it. */
  reportWord: Uint8Array;
  /** The report as one self-contained HTML document. */
  reportHtml: string;
  /** The development plan's actions and the report's sources, as the model holds them. */
  actions: readonly ReportAction[];
  evidence: readonly ReportEvidence[];
  /** The files attached to the report's sources. */
  attachments: readonly DossierAttachment[];
  /** When the dossier is made: the date its files carry. */
  now: Date;
}

/** Text files shrink; Word files, PDFs and pictures are compressed already, so they are stored as they are. */
const COMPRESSIBLE = /\.(html|csv|txt)$/i;

/**
 * The inspection dossier as one zip: in a folder named after the cycle, an index page linking everything, the
 * report as Word and as HTML, the action plan and the sources as spreadsheets, and every attachment once under
 * a readable name in `bijlagen/`.
 */
export function buildDossier(parts: DossierParts): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  const { files, describe } = dossierLabels;
  const documents: (DossierFile & { description: string })[] = [
    { name: files.reportWord, bytes: parts.reportWord, description: describe.reportWord },
    { name: files.reportHtml, bytes: encode(parts.reportHtml), description: describe.reportHtml },
    { name: files.actionPlan, bytes: encode(actionPlanCsv(parts.actions)), description: describe.actionPlan },
    { name: files.evidence, bytes: encode(evidenceCsv(parts.evidence)), description: describe.evidence },
  ];
  const attached = attachmentFiles(parts.attachments);
  const attachmentEntries: IndexEntry[] = attached.map((file, index) => {
    const { evidenceTitle, name } = parts.attachments[index] ?? { evidenceTitle: '', name: '' };
    return {
      folder: file.folder,
      name: file.name,
      description: dossierLabels.attachmentOrigin(evidenceTitle, name),
    };
  });
  const title = dossierLabels.title(parts.cycleTitle);
  const index = dossierIndex(
    { ...dossierLabels, title },
    documents.map(({ name, description }) => ({ name, description })),
    attachmentEntries,
  );
  const folder = safeFileName(title, '', 'Dossier');
  const zippable: Zippable = {};
  const inZip: DossierFile[] = [{ name: files.index, bytes: encode(index) }, ...documents, ...attached];
  for (const file of inZip) {
    const path =
      file.folder === undefined ? `${folder}/${file.name}` : `${folder}/${file.folder}/${file.name}`;
    zippable[path] = [file.bytes, { level: COMPRESSIBLE.test(file.name) ? 6 : 0 }];
  }
  return zipSync(zippable, { mtime: parts.now });
}
