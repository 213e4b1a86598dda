import type { ReportModel, ReportSection } from '../../domain/report/report-model';
import { exportLabels } from '../../exports/labels';
import * as strings from '../strings';
import { CalendarPart } from './CalendarPart';
import { FiguresTable } from './FiguresTable';
import { LabelledTable } from './LabelledTable';
import { OverviewSection } from './OverviewSection';
import { PreviousCycleSection } from './PreviousCycleSection';
import { QualitySupportSection } from './QualitySupportSection';
import { RecommendationsSection } from './RecommendationsSection';
import { DevelopmentPlanSection } from './DevelopmentPlanSection';
import { EvidenceTable } from './EvidenceTable';
import { formatDate } from '../format';
import { useObjectUrl } from '../hooks/use-object-url';
import { useRunningHead } from './running-head';
import { useMemo } from 'preact/hooks';
import { Slice, useSlicesShown } from '../slices';
import { SummarySection } from './SummarySection';
import { SurveyAppendices, SurveysAsked } from './SurveyBlocks';

const text = strings.report;

function SectionBody({ section }: { section: ReportSection }) {
  switch (section.id) {
    case 'overview':
      return <OverviewSection section={section} />;
    case 'administration':
      return (
        <>
          <LabelledTable rows={section.centre} />
          <FiguresTable figures={section.figures} />
          <LabelledTable rows={section.cycle} />
        </>
      );
    case 'qualityDevelopment':
      return (
        <>
          <LabelledTable rows={section.facts} />
          {section.participantsByRole.length > 0 && (
            <CountTable
              columns={[exportLabels.roleColumn, exportLabels.participantCountColumn]}
              rows={section.participantsByRole.map((row) => [row.role, row.count])}
            />
          )}
          {section.voices.length > 0 && (
            <CountTable
              columns={[exportLabels.voiceColumn, exportLabels.evidenceCountColumn]}
              rows={section.voices.map((row) => [row.voice, row.count])}
            />
          )}
          <SurveysAsked surveys={section.surveys} />
          {section.previousCycle && <PreviousCycleSection previous={section.previousCycle} />}
          <CalendarPart part={section.qualityCalendar} />
        </>
      );
    case 'qualitySupport':
      return <QualitySupportSection rubrics={section.rubrics} />;
    case 'operations':
      return (
        <table class="report-table">
          <thead>
            <tr>
              <th scope="col">{exportLabels.conditionColumn}</th>
              <th scope="col">{exportLabels.statusColumn}</th>
              <th scope="col">{exportLabels.noteColumn}</th>
            </tr>
          </thead>
          <tbody>
            {section.conditions.map((condition) => (
              <tr key={condition.title}>
                <th scope="row">
                  {condition.title}
                  <span class="report-table__detail">
                    <span class="badge badge--ours">{exportLabels.ourSummary}</span> {condition.description}
                  </span>
                  <span class="report-table__detail">{condition.source}</span>
                </th>
                <td>{condition.status}</td>
                <td>
                  {condition.note && <span class="prewrap">{condition.note}</span>}
                  {condition.evidenceTitles.length > 0 && (
                    <span class="report-table__detail">
                      {exportLabels.evidence}: {condition.evidenceTitles.join('; ')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'summary':
      return <SummarySection section={section} />;
    case 'recommendations':
      return <RecommendationsSection section={section} />;
    case 'developmentPlan':
      return <DevelopmentPlanSection actions={section.actions} />;
    case 'appendices':
      return (
        <>
          <EvidenceTable evidence={section.evidence} withCodes />
          {section.participants && (
            <table class="report-table">
              <thead>
                <tr>
                  <th scope="col">{exportLabels.participantColumn}</th>
                  <th scope="col">{exportLabels.roleColumn}</th>
                </tr>
              </thead>
              <tbody>
                {section.participants.map((participant, index) => (
                  <tr key={index}>
                    <td>{participant.name}</td>
                    <td>{participant.role}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <LabelledTable rows={section.method} />
          <SurveyAppendices section={section} />
        </>
      );
  }
}

/** A count per kind (role, voice) under column headers, as the Word file has it. */
function CountTable({ columns, rows }: { columns: [string, string]; rows: [string, number][] }) {
  return (
    <table class="report-table report-table--counts">
      <thead>
        <tr>
          <th scope="col">{columns[0]}</th>
          <th scope="col">{columns[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, count]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The report as a document: the same model the .docx and JSON are made from, laid out for reading on screen
 * and for print (A4: a cover, the contents, a page per section, the centre's name above every page, no app
 * chrome; see report.css).
 */
export function ReportDocument({ model, logo }: { model: ReportModel; logo?: Uint8Array | undefined }) {
  useRunningHead(model.centre ?? model.title);
  // The model only says there is a logo; its bytes come beside it, shown from an object URL.
  const logoUrl = useObjectUrl(model.logo && logo, model.logo?.type ?? '');
  // A five-year report is rendered a part per task, so the page answers meanwhile (the cover and contents at
  // once, then section after section). Only whole is it the preview: until then it is busy, named only then,
  // and says below its last part that the rest is coming. Printing and the dossier wait for it (slicesShown).
  const whole = useSlicesShown();
  // The contents and sections, made again only for another model: not when the report becomes whole, which
  // would otherwise compare the whole document again in one task.
  const body = useMemo(
    () => (
      <>
        {/* Chromium cannot print a target's page number (no target-counter()), so the contents list the sections. */}
        <nav class="report__contents" aria-labelledby="report-contents">
          <h2 id="report-contents">{exportLabels.contents}</h2>
          <ol>
            {model.sections.map((section) => (
              <li key={section.id}>
                <a href={`#report-${section.id}`}>
                  {section.number === undefined ? '' : `${section.number}. `}
                  {section.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        {model.sections.map((section) => (
          <section
            key={section.id}
            class={`report-section report-section--${section.id}`}
            aria-labelledby={`report-${section.id}`}
          >
            <h2 id={`report-${section.id}`}>
              {section.number === undefined ? '' : `${section.number}. `}
              {section.title}
            </h2>
            <p class="report-section__intro">{section.intro}</p>
            <Slice now={false}>
              <SectionBody section={section} />
            </Slice>
          </section>
        ))}
      </>
    ),
    [model],
  );
  return (
    <article
      class="report"
      aria-label={whole ? text.previewLabel : undefined}
      aria-busy={whole ? undefined : 'true'}
    >
      <header class="report__cover">
        {model.logo && logoUrl && (
          <img
            class="report__logo"
            data-logo=""
            src={logoUrl}
            alt={exportLabels.logoAlt(model.centre ?? '')}
            width={model.logo.width}
            height={model.logo.height}
          />
        )}
        {model.centre !== undefined && <p class="report__centre">{model.centre}</p>}
        <h2 class="report__title">{model.title}</h2>
        <p class="report__subtitle">{model.subtitle}</p>
        <p class="report__subtitle">{exportLabels.reportDate(formatDate(model.generatedAt.slice(0, 10)))}</p>
      </header>
      {body}
      {!whole && (
        <p role="status" class="muted">
          {text.building}
        </p>
      )}
      <footer class="report__colophon">
        <p>{model.colophon}</p>
      </footer>
    </article>
  );
}
