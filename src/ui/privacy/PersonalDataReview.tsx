import { useEffect, useRef } from 'preact/hooks';
import { maskPersonalData } from '../../domain/privacy/find-personal-data';
import type { PersonalDataFinding } from '../../domain/privacy/scan-records';
import * as strings from '../strings';
import { describeLocation, locationLink } from './describe-finding';

const text = strings.personalData;

/**
 * Shown before an export whose text looks like it holds personal data: each finding, masked, where it is and
 * a link to change it there; then the choice to export anyway or not. Takes focus when it appears, so a
 * keyboard or screen-reader user lands on it.
 */
export function PersonalDataReview({
  findings,
  cycleTitles,
  onContinue,
  onCancel,
}: {
  findings: readonly PersonalDataFinding[];
  /** Cycle titles by id, to say which cycle a finding is in when the export holds several. */
  cycleTitles?: ReadonlyMap<string, string>;
  onContinue: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const place = (finding: PersonalDataFinding): string => {
    const described = describeLocation(finding.location);
    const cycle = 'cycleId' in finding.location ? cycleTitles?.get(finding.location.cycleId) : undefined;
    return cycle === undefined ? described : text.inCycle(described, cycle);
  };
  return (
    <section class="personal-data-review" aria-labelledby="personal-data-title">
      <h3 id="personal-data-title" ref={heading} tabIndex={-1}>
        {text.title}
      </h3>
      <p>{text.intro(findings.length)}</p>
      <ul aria-label={text.listLabel}>
        {findings.map((finding, index) => (
          <li key={index}>
            <span class="personal-data-review__kind">{text.kinds[finding.kind]}</span>{' '}
            <code>{maskPersonalData(finding)}</code> — {place(finding)}{' '}
            <a href={locationLink(finding.location)} aria-label={text.fixLabel(place(finding))}>
              {text.fix}
            </a>
          </li>
        ))}
      </ul>
      <p class="button-row">
        <button type="button" class="button-primary" onClick={onContinue}>
          {text.continue}
        </button>
        <button type="button" onClick={onCancel}>
          {text.cancel}
        </button>
      </p>
    </section>
  );
}
