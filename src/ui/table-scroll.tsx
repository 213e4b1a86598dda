import type { ComponentChildren } from 'preact';

/**
 * A wide table's own scroll area, so the page never scrolls sideways on a phone. It takes focus, so a keyboard
 * user can scroll it with the arrow keys, and is named by the table's caption (give the caption `captionId`).
 */
export function TableScroll({ captionId, children }: { captionId: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </div>
  );
}
