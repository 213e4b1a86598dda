import type { ComponentChildren, Ref } from 'preact';

/**
 * A button that starts a task (a download, a backup) and keeps focus while the task runs: a `disabled` button
 * drops focus to the page, so after "Word-bestand (.docx)" a keyboard user was back at the top. While busy it
 * says so (`aria-disabled`) and ignores presses.
 */
export function TaskButton({
  busy,
  onClick,
  children,
  ...attributes
}: {
  busy: boolean;
  onClick: () => void;
  children: ComponentChildren;
  class?: string;
  buttonRef?: Ref<HTMLButtonElement>;
  'data-format'?: string;
}) {
  const { buttonRef, ...rest } = attributes;
  return (
    <button
      {...rest}
      ref={buttonRef ?? null}
      type="button"
      aria-disabled={busy ? 'true' : undefined}
      onClick={() => busy || onClick()}
    >
      {children}
    </button>
  );
}
