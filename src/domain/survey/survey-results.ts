import { findPersonalData, maskPersonalData } from '../privacy/find-personal-data';
import type { AnswerScale } from './answer-scale';
import { anonymityThreshold } from './anonymity';
import { summarizeItem, tallyItem, type ItemResult } from './item-result';
import type { OpenQuestion } from './questionnaire';
import type { Survey } from './survey';
import type { SurveyResponse } from './survey-response';
import { once } from '../once';
import { compareCodes } from '../code-order';

/** One open answer as a report may show it. */
export interface OpenAnswer {
  /** The respondent's words, with anything that looks like personal data masked. */
  text: string;
  /** Whether the personal-data scan masked something in it. */
  masked: boolean;
}

/** What one bevraging's answers show, with everything below the anonymity threshold left out. */
export interface SurveyResults {
  /** How many responded: always shown, it identifies nobody. */
  responses: number;
  /** How many were asked. */
  asked: number;
  /** Responses against the number asked (0–1, or more when more answered than were counted as asked). */
  responseRate: number;
  /** The threshold that applied. */
  threshold: number;
  /** Per statement, in the order given. */
  items: { itemId: string; result: ItemResult }[];
  /**
   * Per open question, its answers in alphabetical order, so neither the order of answering nor the answers of
   * one respondent to different questions can be lined up; absent below the threshold of responses.
   */
  openAnswers?: { questionId: string; answers: OpenAnswer[] }[];
}

/** The input of {@link summarizeSurvey}: a bevraging, the statements it asked and its answers. */
export interface SurveyResultsInput {
  survey: Pick<Survey, 'askedCount' | 'anonymityThreshold'>;
  /** The ids of the statements asked: the questionnaire's and the bevraging's own. */
  itemIds: readonly string[];
  scale: AnswerScale;
  openQuestions: readonly OpenQuestion[];
  responses: readonly SurveyResponse[];
}

// One collator for every comparison: localeCompare with options builds one per call (40 ms for 1,000 answers).
const dutch = once(() => new Intl.Collator('nl-BE', { sensitivity: 'base' }));

/** Alphabetical as a Dutch reader expects; texts equal but for case or accents still in one fixed order. */
const byDutchText = (a: OpenAnswer, b: OpenAnswer): number =>
  dutch().compare(a.text, b.text) || compareCodes(a.text, b.text);

/** An open answer trimmed, with what looks like personal data masked. */
function screenOpenAnswer(text: string): OpenAnswer {
  const matches = findPersonalData(text);
  let screened = text;
  for (const match of [...matches].reverse()) {
    screened =
      screened.slice(0, match.start) +
      maskPersonalData(match) +
      screened.slice(match.start + match.text.length);
  }
  return { text: screened.trim(), masked: matches.length > 0 };
}

/** The results of one bevraging: counts, distributions and open answers, only where they keep respondents anonymous. */
export function summarizeSurvey({
  survey,
  itemIds,
  scale,
  openQuestions,
  responses,
}: SurveyResultsInput): SurveyResults {
  const threshold = anonymityThreshold(survey.anonymityThreshold);
  const items = itemIds.map((itemId) => ({
    itemId,
    result: summarizeItem(tallyItem(itemId, responses, scale), scale, threshold),
  }));
  const openAnswers =
    responses.length < threshold
      ? undefined
      : openQuestions.map((question) => ({
          questionId: question.id,
          answers: responses
            .flatMap((response) => {
              const text = response.openAnswers[question.id]?.trim();
              return text ? [screenOpenAnswer(text)] : [];
            })
            .sort(byDutchText),
        }));
  return {
    responses: responses.length,
    asked: survey.askedCount,
    responseRate: responses.length / survey.askedCount,
    threshold,
    items,
    ...(openAnswers ? { openAnswers } : {}),
  };
}
