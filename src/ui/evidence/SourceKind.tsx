import type { Evidence } from '../../domain/evidence';
import * as strings from '../strings';

/** A source's kind and voices after its title, as every list of sources shows them: "(bevraging; ouders)". */
export function SourceKind({ kind, voices }: Pick<Evidence, 'kind' | 'voices'>) {
  return (
    <span class="muted">
      ({strings.evidenceKinds[kind]}
      {voices.length > 0 && `; ${voices.map((voice) => strings.voices[voice]).join(', ')}`})
    </span>
  );
}
