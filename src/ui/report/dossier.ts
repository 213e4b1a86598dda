import type { ReportInput } from '../../domain/report/report-input';
import type { ReportModel } from '../../domain/report/report-model';
import type { DossierAttachment } from '../../exports/dossier/dossier-files';
import type { DocxImages } from '../../exports/docx/render-docx';
import { getDatabase } from '../../storage/database';
import { listAttachmentsFor } from '../../storage/evidence-store';
import { reportAsHtml } from './report-html';
import { radarSeriesNames } from './SummarySection';

type Radar = { png: Uint8Array; width: number; height: number };

/** The webdiagram of the report as a picture, drawn once for the Word file and the HTML alike. */
export async function reportRadar(model: ReportModel): Promise<Radar | undefined> {
  const summary = model.sections.find((section) => section.id === 'summary');
  if (summary?.id !== 'summary') return undefined;
  const { radarPng } = await import('../charts/radar-drawing');
  return radarPng(summary.radar, radarSeriesNames(summary));
}

/** The pictures the Word file embeds: the webdiagram, and the centre's logo when the model's cover has one. */
export function reportImages(model: ReportModel, input: ReportInput, radar: Radar | undefined): DocxImages {
  const logo = model.logo && input.profile.logo;
  return {
    ...(radar ? { radar } : {}),
    ...(model.logo && logo ? { logo: { ...model.logo, bytes: logo.bytes } } : {}),
  };
}

/**
 * The files attached to the sources the report lists (evidence linked to a reported expectation), each with
 * the codes of the reported expectations it supports, in reading order.
 */
async function reportAttachments(model: ReportModel, input: ReportInput): Promise<DossierAttachment[]> {
  const reported: readonly string[] = model.expectationCodes;
  const evidence = new Map(
    input.evidence
      .filter((item) => item.expectationCodes.some((code) => reported.includes(code)))
      .map((item) => [item.id, item]),
  );
  const files = await listAttachmentsFor(getDatabase(), [...evidence.keys()]);
  const perEvidence = new Map<string, number>();
  for (const file of files) perEvidence.set(file.evidenceId, (perEvidence.get(file.evidenceId) ?? 0) + 1);
  return files.flatMap((file) => {
    const item = evidence.get(file.evidenceId);
    if (!item) return [];
    return {
      expectationCodes: reported.filter((code) => item.expectationCodes.some((own) => own === code)),
      evidenceTitle: item.title,
      ...(item.date === undefined ? {} : { evidenceDate: item.date }),
      name: file.name,
      siblings: perEvidence.get(file.evidenceId) ?? 1,
      bytes: file.bytes,
    };
  });
}

/**
 * The inspection dossier of the report on the page: the Word file and a self-contained HTML copy of `article`
 * (the report as shown), the action plan and sources as spreadsheets, and the sources' attachments.
 */
export async function makeDossier(
  model: ReportModel,
  input: ReportInput,
  article: Element,
): Promise<Uint8Array> {
  const [{ renderDocx }, { buildDossier }, radar] = await Promise.all([
    import('../../exports/docx/render-docx'),
    import('../../exports/dossier/build-dossier'),
    reportRadar(model),
  ]);
  const [word, html, attachments] = await Promise.all([
    renderDocx(model, reportImages(model, input, radar)),
    reportAsHtml(article, model.title, radar, model.centre ?? model.title, input.profile.logo),
    reportAttachments(model, input),
  ]);
  const plan = model.sections.find((section) => section.id === 'developmentPlan');
  const appendices = model.sections.find((section) => section.id === 'appendices');
  return buildDossier({
    cycleTitle: input.cycle.title,
    reportWord: new Uint8Array(await word.arrayBuffer()),
    reportHtml: html,
    actions: plan?.id === 'developmentPlan' ? plan.actions : [],
    evidence: appendices?.id === 'appendices' ? appendices.evidence : [],
    attachments,
    now: input.now,
  });
}
