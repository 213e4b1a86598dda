import { useState } from 'preact/hooks';
import { useFocusRequest } from './use-focus-request';

/** What `editing` holds while a new item is being added. */
export const NEW = 'new';

/**
 * A list whose items are edited in place, with a form at its top to add one: which form is open (`NEW`, an
 * item's id, or none), what the last change announced, and where focus goes when a form closes — back to the
 * button that opened it when cancelled.
 */
export function useListEditing({
  newDraftBegun,
  addButtonId,
  editButtonId,
}: {
  /** Whether a new item was typed and not saved on an earlier visit: its form opens again, as it was left. */
  newDraftBegun: () => boolean;
  addButtonId: string;
  editButtonId: (id: string) => string;
}) {
  const [editing, setEditing] = useState<string | undefined>(() => (newDraftBegun() ? NEW : undefined));
  const [announcement, setAnnouncement] = useState('');
  const focus = useFocusRequest();

  const open = (target: string): void => {
    setAnnouncement('');
    setEditing(target);
  };
  const close = (focusId: string): void => {
    setEditing(undefined);
    focus(focusId);
  };
  const cancel = (): void =>
    close(editing === NEW || editing === undefined ? addButtonId : editButtonId(editing));
  return { editing, announcement, announce: setAnnouncement, focus, open, close, cancel };
}
