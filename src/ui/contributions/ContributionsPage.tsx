import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import { isClosed } from '../../domain/workflow';
import { CycleGate } from '../cycles/CycleGate';
import * as strings from '../strings';
import { ContributionImport } from './ContributionImport';
import { InvitationExport } from './InvitationExport';
import { ReceivedContributions } from './ReceivedContributions';

/** The coordinator's view of a team cycle's contributions: invite, read contribution files in, see who answered. */
export default function ContributionsPage({ framework }: { framework: FrameworkSummary }) {
  return (
    <CycleGate view="contributions">
      {(data) =>
        data.cycle.mode === 'team' ? (
          <div class="contributions">
            {/* A closed cycle is a record: who answered is read there; inviting and reading files in wait for a reopening. */}
            {!isClosed(data.cycle) && <InvitationExport cycle={data.cycle} />}
            {!isClosed(data.cycle) && <ContributionImport framework={framework} data={data} />}
            <ReceivedContributions framework={framework} data={data} />
          </div>
        ) : (
          <p class="notice">{strings.contributions.onlyTeam}</p>
        )
      }
    </CycleGate>
  );
}
