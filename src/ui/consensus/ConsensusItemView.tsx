import { useMemo } from 'preact/hooks';
import { ownAssessments } from '../../domain/aggregation';
import { createAssessment } from '../../domain/assessment';
import {
  agendaPlace,
  type AgendaPlace,
  type ConsensusOverview,
} from '../../domain/consensus/consensus-overview';
import { memberStatements } from '../../domain/consensus/member-statements';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import { expectationsOf, ratingLabel } from '../../domain/framework/framework-summary';
import { inCycleOrder } from '../../domain/participant';
import type { CycleData } from '../../storage/cycle-store';
import { appPaths } from '../cycles/cycle-link';
import { AssessmentEditor } from '../rating/AssessmentEditor';
import * as strings from '../strings';
import { VoicesPanel } from '../surveys/VoicesPanel';
import { loadedQuestionnaires } from '../surveys/use-questionnaires';
import type { LiveResult } from '../hooks/use-live-query';
import { ConsensusStatus } from './ConsensusStatus';
import { MemberNotes } from './MemberNotes';
import { RatingSpread } from './RatingSpread';
import { StatementPicker } from './StatementPicker';

const text = strings.consensus;

/** Links to the previous, next and next open bespreekpunt, and back to all of them. */
function AgendaPager({ cycleId, place }: { cycleId: string; place: AgendaPlace }) {
  const link = (label: string, code: ExpectationCode) => (
    <a href={appPaths.consensus(cycleId, code)}>
      {label}: <span class="code">{code}</span>
    </a>
  );
  const { previous, next, nextOpen } = place;
  return (
    <ul class="agenda-pager">
      {previous && <li>{link(text.previous, previous.aggregate.code)}</li>}
      {next && <li>{link(text.next, next.aggregate.code)}</li>}
      {nextOpen && nextOpen !== next && <li>{link(text.nextOpen, nextOpen.aggregate.code)}</li>}
      <li>
        <a href={appPaths.consensus(cycleId)}>{text.backToAgenda}</a>
      </li>
    </ul>
  );
}

/**
 * One bespreekpunt: why it is on the agenda, how the team rated it and what its members wrote, beside the
 * form in which the team records its judgement.
 */
export function ConsensusItemView({
  framework,
  data,
  overview,
  code,
  questionnaires,
}: {
  framework: FrameworkSummary;
  data: CycleData;
  overview: ConsensusOverview;
  code: ExpectationCode;
  /** The questionnaires, fetched when the cycle has bevragingen (`useQuestionnaires`). */
  questionnaires: LiveResult<readonly Questionnaire[]>;
}) {
  const { cycle } = data;
  // One blank per visit, so its id stays the same until the first save makes it real.
  const blank = useMemo(
    () => createAssessment({ cycleId: cycle.id, expectationCode: code, kind: 'consensus' }),
    [cycle.id, code],
  );
  const place = agendaPlace(overview.items, code);
  if (!place) return null;
  const { item } = place;
  const statement = expectationsOf(framework).find((e) => e.code === code)?.statement;
  const own = ownAssessments(code, data.assessments, inCycleOrder(data.participants));
  return (
    <article aria-labelledby="item-title" class="consensus-item">
      <nav aria-label={text.pagerLabel}>
        <AgendaPager cycleId={cycle.id} place={place} />
      </nav>
      <p class="box-sublabel">{text.itemHeading(item.position, overview.total)}</p>
      <h2 id="item-title">
        <span class="code">{code}</span> {statement}
      </h2>
      <p class="agenda__reason">{text.reasons[item.reason]}</p>
      <ConsensusStatus
        agreedLabel={item.agreed ? ratingLabel(framework, item.consensus?.rating ?? 'notRated') : undefined}
      />
      <div class="rating-layout">
        <div>
          <RatingSpread framework={framework} aggregate={item.aggregate} />
          <MemberNotes
            framework={framework}
            own={own}
            evidenceIds={
              new Set(data.evidence.filter((e) => e.expectationCodes.includes(code)).map((e) => e.id))
            }
          />
          <VoicesPanel data={data} questionnaires={questionnaires} code={code} />
        </div>
        <section aria-labelledby="consensus-form-title" class="consensus-form">
          <h3 id="consensus-form-title">{text.formTitle}</h3>
          <p class="field__hint">{text.formIntro}</p>
          <AssessmentEditor
            key={code}
            framework={framework}
            code={code}
            data={data}
            stored={item.consensus}
            blank={blank}
            questionnaires={loadedQuestionnaires(questionnaires)}
            textFieldExtra={({ name, ...field }) => {
              // The justification is the team's own reasoning; only the lists are assembled.
              if (name === 'justification') return null;
              const statements = memberStatements(own, name);
              return (
                statements.length > 0 && <StatementPicker name={name} statements={statements} {...field} />
              );
            }}
          />
          <p class="consensus-form__next">
            {place.nextOpen ? (
              <a class="button-link" href={appPaths.consensus(cycle.id, place.nextOpen.aggregate.code)}>
                {text.nextOpen}: <span class="code">{place.nextOpen.aggregate.code}</span>
              </a>
            ) : (
              <a class="button-link" href={appPaths.consensus(cycle.id)}>
                {text.backToAgenda}
              </a>
            )}
          </p>
        </section>
      </div>
    </article>
  );
}
