import type { ReportExpectation, ReportRubric } from '../../domain/report/report-model';
import { exportLabels } from '../../exports/labels';
import { formatCalendarDate } from '../../exports/calendar-date';
import { evolutionText } from '../../exports/evolution-text';
import { noteFields } from '../../exports/note-fields';
import { Slice } from '../slices';
import * as strings from '../strings';
import { EvidenceTable } from './EvidenceTable';
import { SurveyVoices } from './SurveyBlocks';

const text = strings.report;

function Labelled({ label, value }: { label: string; value: string }) {
  if (!value.trim()) return null;
  return (
    <div class="report-field">
      <h5>{label}</h5>
      <p class="prewrap">{value}</p>
    </div>
  );
}

function ExpectationBlock({ expectation }: { expectation: ReportExpectation }) {
  return (
    <section class="report-expectation" aria-labelledby={`report-${expectation.code}`}>
      <h4 id={`report-${expectation.code}`}>
        <span class="code">{expectation.code}</span> {expectation.statement}
      </h4>
      <p class="report-expectation__rating">
        <strong>{expectation.rating.label}</strong>
        {expectation.judgedBy !== 'nobody' && (
          <span class="muted"> — {text.judgedBy[expectation.judgedBy]}</span>
        )}
      </p>
      {expectation.evolution && (
        <p class="report-expectation__evolution">
          {exportLabels.evolution.previous(expectation.evolution.schoolYear)}:{' '}
          {evolutionText(expectation.evolution)}
        </p>
      )}
      {expectation.spread && (
        <table class="report-table report-table--spread">
          <caption>
            {text.spreadTitle}: {text.spreadCaption(expectation.spread.respondents)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{exportLabels.answerColumn}</th>
              <th scope="col">{exportLabels.countColumn}</th>
            </tr>
          </thead>
          <tbody>
            {expectation.spread.counts.map((row) => (
              <tr key={row.rating.id}>
                <th scope="row">{row.rating.label}</th>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Labelled label={exportLabels.justification} value={expectation.justification} />
      <Labelled label={exportLabels.strengths} value={expectation.strengths} />
      <Labelled label={exportLabels.pointsToDevelop} value={expectation.pointsToDevelop} />
      <Labelled label={exportLabels.supportLevels} value={expectation.supportLevels.join(', ')} />
      {expectation.goodPractice && (
        <div class="report-field">
          <h5>{exportLabels.goodPractice}</h5>
          <p class="prewrap">{expectation.goodPractice.description}</p>
          <ul>
            {expectation.goodPractice.criteria.map((criterion) => (
              <li key={criterion.label}>
                {criterion.label} — {criterion.met ? exportLabels.criterionMet : exportLabels.criterionNotMet}
                {criterion.evidenceTitles.length > 0 && ` (${criterion.evidenceTitles.join('; ')})`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {expectation.actions && expectation.actions.length > 0 && (
        <div class="report-field">
          <h5>{exportLabels.ownActions}</h5>
          <ul>
            {expectation.actions.map((action, index) => (
              <li key={index}>
                <strong>{action.title}</strong> —{' '}
                {exportLabels.actionSummary(
                  action.status,
                  action.dueDate && formatCalendarDate(action.dueDate),
                  action.overdue,
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="report-field">
        <h5>{exportLabels.evidence}</h5>
        <EvidenceTable evidence={expectation.evidence} />
      </div>
      <SurveyVoices voices={expectation.surveyVoices} />
      {expectation.journal && expectation.journal.length > 0 && (
        <div class="report-field">
          <h5>{exportLabels.journal}</h5>
          <ul class="report-notes">
            {expectation.journal.map((note, index) => (
              <li key={index}>
                <strong>{formatCalendarDate(note.date)}</strong>
                <span class="prewrap report-notes__text">{note.text}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {expectation.individualNotes.length > 0 && (
        <div class="report-field">
          <h5>{exportLabels.individualNotes}</h5>
          <ul class="report-notes">
            {expectation.individualNotes.map((note, index) => (
              <li key={index}>
                <strong>
                  {note.participant} ({note.role})
                </strong>
                : {note.rating.label}
                {noteFields(note).map((field) => (
                  <span key={field.name} class="prewrap report-notes__text">
                    {field.name}: {field.value}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Per rubriek and deelrubriek, each reported expectation with its judgement, spread, notes and evidence. */
/** An expectation in a task of its own: each is a form's worth of text, the section a third of the report. */
function SlicedExpectation({ expectation }: { expectation: ReportExpectation }) {
  return (
    <Slice now={false}>
      <ExpectationBlock expectation={expectation} />
    </Slice>
  );
}

export function QualitySupportSection({ rubrics }: { rubrics: readonly ReportRubric[] }) {
  return (
    <>
      {rubrics.map((rubric) => (
        <section key={rubric.id} class="report-rubric" aria-labelledby={`report-rubric-${rubric.id}`}>
          <h3 id={`report-rubric-${rubric.id}`}>{rubric.title}</h3>
          <p class="report-quote">{rubric.statement}</p>
          {rubric.expectations.map((expectation) => (
            <SlicedExpectation key={expectation.code} expectation={expectation} />
          ))}
          {rubric.subrubrics.map((subrubric) => (
            <section key={subrubric.id} aria-labelledby={`report-subrubric-${subrubric.id}`}>
              <h3 id={`report-subrubric-${subrubric.id}`} class="report-subrubric">
                {rubric.title} — {subrubric.title}
              </h3>
              {subrubric.statement && <p class="report-quote">{subrubric.statement}</p>}
              {subrubric.expectations.map((expectation) => (
                <SlicedExpectation key={expectation.code} expectation={expectation} />
              ))}
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
