import { useRef, useState } from 'preact/hooks';
import type { ReportInput } from '../../domain/report/report-input';
import { modelExpectations, ratingRows } from '../../domain/report/rating-rows';
import type { ReportModel } from '../../domain/report/report-model';
import { downloadFile } from '../data/download';
import { loadExportReview, useExportReview } from '../privacy/use-export-review';
import { TaskOutcome, useTask } from '../run-task';
import { sitePath } from '../site-path';
import { slicesShown } from '../slices';
import { TaskButton } from '../task-button';
import * as strings from '../strings';

const text = strings.report;
type Format = 'docx' | 'dossier' | 'csv' | 'surveyCsv' | 'json';

const MEDIA_TYPES: Record<Format, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  dossier: 'application/zip',
  csv: 'text/csv;charset=utf-8',
  surveyCsv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/**
 * The file a format is made into, always from the one model (the options already applied to it); the
 * exporters load only when the user asks for them. The dossier also holds the report as `article` shows it.
 */
async function makeFile(
  format: Format,
  model: ReportModel,
  input: ReportInput,
  article: Element | null,
): Promise<Blob | string | Uint8Array> {
  if (format === 'json') {
    const { renderJson } = await import('../../exports/json/render-json');
    return renderJson(model, new URL(sitePath(), window.location.origin).href);
  }
  if (format === 'csv') {
    const { ratingsCsv } = await import('../../exports/csv/ratings-csv');
    return ratingsCsv(ratingRows(model, text.csvTeam), text);
  }
  if (format === 'surveyCsv') {
    const { surveyResultsCsv } = await import('../../exports/csv/survey-results-csv');
    return surveyResultsCsv(model);
  }
  const dossier = await import('./dossier');
  if (format === 'dossier' && article) return dossier.makeDossier(model, input, article);
  const [{ renderDocx }, radar] = await Promise.all([
    import('../../exports/docx/render-docx'),
    dossier.reportRadar(model),
  ]);
  return renderDocx(model, dossier.reportImages(model, input, radar));
}

/** Whether a reported expectation shows a bevraging's results: the rows the CSV of the bevragingen holds. */
function hasSurveyResults(model: ReportModel): boolean {
  return modelExpectations(model).some((expectation) => expectation.surveyVoices.length > 0);
}

/**
 * Print (PDF through the browser) and the downloads, each with progress while it is being made; a download
 * first shows any personal-looking data the report would carry.
 */
export function ReportDownloads({
  model,
  input,
}: {
  model: ReportModel;
  /** What the model was built from: scanned for personal-looking data before a download. */
  input: ReportInput;
}) {
  const task = useTask();
  const review = useExportReview();
  const buttons = useRef<HTMLParagraphElement>(null);
  const [current, setCurrent] = useState<Format>('docx');
  // The bevragingen's results are a table of their own, offered once one is finished.
  const formats: Format[] = hasSurveyResults(model)
    ? ['docx', 'dossier', 'csv', 'surveyCsv', 'json']
    : ['docx', 'dossier', 'csv', 'json'];
  const makeDownload = async (format: Format): Promise<string[]> => {
    // The dossier copies the report as shown: all of it, once the last part is on the page.
    if (format === 'dossier') await slicesShown();
    const file = await makeFile(format, model, input, document.querySelector('article.report'));
    const name =
      format === 'surveyCsv'
        ? text.fileName(`${input.cycle.title} ${text.surveyCsvSuffix}`, 'csv')
        : format === 'dossier'
          ? text.fileName(`${text.dossierPrefix} ${input.cycle.title}`, 'zip')
          : text.fileName(input.cycle.title, format);
    downloadFile(
      typeof file === 'string' ? new Blob([file], { type: MEDIA_TYPES[format] }) : file,
      name,
      MEDIA_TYPES[format],
    );
    return [text.done(name)];
  };
  const download = (format: Format): Promise<void> => {
    setCurrent(format);
    return task.run(async () => {
      const scan = await loadExportReview();
      const { findings } = scan.scanReport(input);
      if (findings.length === 0) return makeDownload(format);
      review.hold({
        Panel: scan.PersonalDataReview,
        findings,
        proceed: () => void task.run(() => makeDownload(format)),
        cancel: () => {
          task.reset();
          buttons.current?.querySelector<HTMLButtonElement>(`[data-format="${format}"]`)?.focus();
        },
      });
      return [strings.personalData.found];
    });
  };
  return (
    <section class="report-downloads" aria-labelledby="report-downloads-title">
      <h2 id="report-downloads-title">{text.downloadsTitle}</h2>
      <p class="button-row">
        {/* The report is printed whole: a click while its last parts are still being added waits for them. */}
        <button
          type="button"
          class="button-primary"
          onClick={() => void slicesShown().then(() => window.print())}
        >
          {text.print}
        </button>
      </p>
      <p class="field__hint">{text.printHint}</p>
      <p class="button-row" ref={buttons}>
        {formats.map((format) => (
          <TaskButton
            key={format}
            data-format={format}
            busy={task.state.status === 'busy'}
            onClick={() => void download(format)}
          >
            {text[format]}
          </TaskButton>
        ))}
      </p>
      <TaskOutcome state={task.state} busy={text.busy[current]} />
      {review.panel}
    </section>
  );
}
