import type { ComponentChildren, Ref } from 'preact';

/**
 * A button that starts a task (a download, a backup) and keeps focus while the task runs: a `disabled` button
 * drops focus to the page, so after "Word-bestand (.docx)" a keyboard user was back at the top. While busy it
 * says so (`aria-disabled`) and ignores presses. A form's submit button (`submit`) starts its form's task; while
 * busy it does not submit, by Enter in a field either (the browser submits through a click on this button).
 */
export function TaskButton({
  busy,
  onClick,
  submit = false,
  children,
  ...attributes
}: {
  busy: boolean;
  children: ComponentChildren;
  class?: string;
  buttonRef?: Ref<HTMLButtonElement>;
  'data-format'?: string;
} & ({ submit: true; onClick?: never } | { submit?: false; onClick: () => void })) {
  const { buttonRef, ...rest } = attributes;
  return (
    <button
      {...rest}
      ref={buttonRef ?? null}
      type={submit ? 'submit' : 'button'}
      aria-disabled={busy ? 'true' : undefined}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else onClick?.();
      }}
    >
      {children}
    </button>
  );
}
