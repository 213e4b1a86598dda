import { expectationsOf, type FrameworkSummary } from '../../domain/framework/framework-summary';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { ExpectationChecklist } from '../cycles/ExpectationChecklist';
import { FieldError } from '../error-summary';
import * as strings from '../strings';

/**
 * Next year's scope as the kwaliteitskalender plans it, to change before the cycle starts: the line that says
 * where it comes from, and the expectations ticked; at least one must stay.
 */
export function PlannedScope({
  framework,
  schoolYear,
  scope,
  onChange,
}: {
  framework: Pick<FrameworkSummary, 'outline'>;
  schoolYear: string;
  scope: readonly ExpectationCode[];
  onChange: (scope: ExpectationCode[]) => void;
}) {
  return (
    <>
      <p class="notice">{strings.qualityCalendar.proposed(schoolYear)}</p>
      <ExpectationChecklist
        id="next-cycle-scope"
        legend={strings.newCycle.focusLegend}
        expectations={expectationsOf(framework)}
        selected={scope}
        error={
          <FieldError
            id="next-cycle-scope-error"
            message={scope.length === 0 ? strings.newCycle.errors.focus : undefined}
          />
        }
        onChange={onChange}
      />
    </>
  );
}
