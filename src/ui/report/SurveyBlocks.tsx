import type { ReportQuestionnaire, ReportSurvey, ReportSurveyVoice } from '../../domain/report/report-model';
import type { SectionOf } from '../../domain/report/section-types';
import { exportLabels } from '../../exports/labels';
import {
  QUESTIONNAIRE_COLUMNS,
  RESULT_COLUMNS,
  SURVEY_COLUMNS,
  questionnaireRow,
  resultCells,
  scaleText,
  statementText,
  surveyCaption,
  surveyRow,
} from '../../exports/survey-text';

const labels = exportLabels.surveys;

/** The head of a table: one header per column. */
function ColumnHeaders({ headers }: { headers: readonly string[] }) {
  return (
    <thead>
      <tr>
        {headers.map((header) => (
          <th scope="col" key={header}>
            {header}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Section 2: every bevraging of the cycle, who was asked and how many answered; a running one says so. */
export function SurveysAsked({ surveys }: { surveys: readonly ReportSurvey[] }) {
  if (surveys.length === 0) return null;
  return (
    <table class="report-table">
      <caption>{labels.title}</caption>
      <ColumnHeaders headers={SURVEY_COLUMNS} />
      <tbody>
        {surveys.map((survey, index) => {
          const [group, ...cells] = surveyRow(survey);
          return (
            <tr key={index}>
              <th scope="row">{group}</th>
              {cells.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Section 3, under one expectation: per finished bevraging the statements that inform it and their results. */
export function SurveyVoices({ voices }: { voices: readonly ReportSurveyVoice[] }) {
  if (voices.length === 0) return null;
  return (
    <div class="report-field">
      <h5>{labels.resultsTitle}</h5>
      {voices.map((voice, index) => (
        <table class="report-table report-table--survey" key={index}>
          <caption>
            {surveyCaption(voice.survey)}
            <span class="report-table__detail">{voice.mark}</span>
          </caption>
          <ColumnHeaders headers={RESULT_COLUMNS} />
          <tbody>
            {voice.statements.map((statement) => {
              const cells = resultCells(statement.result);
              return (
                <tr key={statement.id}>
                  <th scope="row">{statementText(statement)}</th>
                  {statement.result.shown ? (
                    cells.map((cell, column) => <td key={column}>{cell}</td>)
                  ) : (
                    <td colSpan={cells.length}>{cells[0]}</td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </div>
  );
}

/** The appendices: one questionnaire as a bevraging used it, marked as our own text. */
function QuestionnaireUsed({ questionnaire }: { questionnaire: ReportQuestionnaire }) {
  return (
    <section class="report-questionnaire">
      <h4>{questionnaire.title}</h4>
      <p>{surveyCaption(questionnaire.survey)}</p>
      <p class="report-ours">{questionnaire.mark}</p>
      <p>
        <strong>{labels.introduction}: </strong>
        <span class="prewrap">{questionnaire.introduction}</span>
      </p>
      <table class="report-table">
        <ColumnHeaders headers={QUESTIONNAIRE_COLUMNS} />
        <tbody>
          {questionnaire.statements.map((statement) => (
            <tr key={statement.id}>
              {questionnaireRow(statement).map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>{labels.scale}: </strong>
        {scaleText(questionnaire)}
      </p>
      <p>
        <strong>{labels.openQuestions}</strong>
      </p>
      <ul>
        {questionnaire.openQuestions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
    </section>
  );
}

/** The appendices: the questionnaires as used, then the open answers when the options include them. */
export function SurveyAppendices({ section }: { section: SectionOf<'appendices'> }) {
  const { questionnaires, openAnswers } = section;
  return (
    <>
      {questionnaires.length > 0 && (
        <>
          <h3>{labels.questionnairesTitle}</h3>
          {questionnaires.map((questionnaire, index) => (
            <QuestionnaireUsed key={index} questionnaire={questionnaire} />
          ))}
        </>
      )}
      {openAnswers && (
        <>
          <h3>{openAnswers.title}</h3>
          <p class="report-warning">{openAnswers.warning}</p>
          {openAnswers.surveys.map(({ survey, questions }, index) => (
            <section key={index}>
              <h4>{surveyCaption(survey)}</h4>
              {questions.map(({ question, answers }) => (
                <div class="report-field" key={question}>
                  <h5>{question}</h5>
                  <ul>
                    {answers.map((answer, answerIndex) => (
                      <li class="prewrap" key={answerIndex}>
                        {answer}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </>
      )}
    </>
  );
}
