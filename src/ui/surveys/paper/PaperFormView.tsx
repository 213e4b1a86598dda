import type { PaperBox, PaperForm } from '../../../domain/survey/paper-form';
import { paperLabels as labels } from '../../../exports/paper-labels';
import { Pictogram } from '../Pictogram';

/** Lines to write an open answer on: borders, which print even where the browser leaves out backgrounds. */
const WRITING_LINES = [1, 2, 3, 4];

/** The boxes under one statement: the scale lowest first, then "weet ik niet" apart; each with its digit. */
function Boxes({ form }: { form: PaperForm }) {
  const box = (option: PaperBox, apart: boolean) => (
    <li class={apart ? 'answer-apart' : undefined} key={option.digit}>
      {option.pictogram && <Pictogram pictogram={option.pictogram} />}
      <span>{option.label}</span>
      <span class="paper-form__digit">{option.digit}</span>
    </li>
  );
  return (
    <ul class="answer-boxes">
      {form.scale.map((option) => box(option, false))}
      {box(form.dontKnow, true)}
    </ul>
  );
}

/**
 * A bevraging's questionnaire as it is printed: its code at the top of every page (a running head in print),
 * the introduction, each statement with its number and its boxes, and lines for the open answers. No name
 * field. The small digit beside each box is what the entry grid types for it.
 */
export function PaperFormView({ form }: { form: PaperForm }) {
  const classes = [
    'paper-form',
    'respondent-view',
    form.easyRead ? 'respondent-view--easy' : '',
    form.largeType ? 'paper-form--large' : '',
  ];
  const code = (
    <>
      {labels.code} <strong class="survey-code">{form.code}</strong>{' '}
      <span class="paper-form__code-note">({labels.codeNote})</span>
    </>
  );
  return (
    <article class={classes.filter(Boolean).join(' ')} aria-labelledby="paper-form-title">
      {/*
       * A table only to lay out pages: a browser repeats a table's head at the top of every printed page, so
       * the code is on each one (a fixed element is not placed alike by every browser).
       */}
      <table class="paper-form__pages" role="presentation">
        <thead>
          <tr>
            <td>
              <p class="paper-form__running" aria-hidden="true">
                {form.title} · {code}
              </p>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <p class="paper-form__code">{code}</p>
              <h2 id="paper-form-title">{form.title}</h2>
              <p class="paper-form__ours">{labels.ours}</p>
              <p class="respondent-view__intro">{form.introduction}</p>
              <p>
                <strong>{form.easyRead ? labels.tickEasy : labels.tick}</strong>
              </p>
              <ol class="statements">
                {form.statements.map((statement) => (
                  <li key={statement.number} value={statement.number}>
                    <p class="statements__statement">{statement.statement}</p>
                    <Boxes form={form} />
                  </li>
                ))}
              </ol>
              <h3>{labels.openTitle}</h3>
              <p>{labels.openIntro}</p>
              <ol class="open-questions">
                {form.openQuestions.map((question) => (
                  <li key={question.id}>
                    <p>{question.question}</p>
                    <div class="paper-form__lines" aria-hidden="true">
                      {WRITING_LINES.map((line) => (
                        <span key={line} />
                      ))}
                    </div>
                  </li>
                ))}
              </ol>
              <p>{labels.thanks}</p>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
