import type { ComponentChildren } from 'preact';

/**
 * Editing controls that are switched off while their cycle is closed: a disabled fieldset disables every field
 * and button inside it, so a closed cycle reads as the record it is.
 */
export function ReadOnlyGroup({ readOnly, children }: { readOnly: boolean; children: ComponentChildren }) {
  return (
    <fieldset class="read-only-group" disabled={readOnly}>
      {children}
    </fieldset>
  );
}
