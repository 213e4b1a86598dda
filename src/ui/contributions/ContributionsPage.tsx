import type { FrameworkSummary } from '../../domain/framework/framework-summary';
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
            <InvitationExport cycle={data.cycle} />
            <ContributionImport framework={framework} data={data} />
            <ReceivedContributions framework={framework} data={data} />
          </div>
        ) : (
          <p class="notice">{strings.contributions.onlyTeam}</p>
        )
      }
    </CycleGate>
  );
}
