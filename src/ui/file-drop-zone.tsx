import { useState } from 'preact/hooks';

/**
 * A file input that also takes files dropped on it, many at once: the coordinator's stack of contributions or
 * answer files. The input forgets each choice, so the same files can be chosen again after a refusal.
 */
export function FileDropZone({
  id,
  label,
  hint,
  accept,
  onFiles,
}: {
  id: string;
  label: string;
  /** Said under the label, and read with the input: that files may be dropped here too. */
  hint: string;
  accept: string;
  onFiles: (files: File[]) => void;
}) {
  const [dragging, setDragging] = useState(false);
  const hintId = `${id}-hint`;
  return (
    <div
      class={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const files = [...(event.dataTransfer?.files ?? [])];
        if (files.length > 0) onFiles(files);
      }}
    >
      <label for={id}>{label}</label>
      <p class="field__hint" id={hintId}>
        {hint}
      </p>
      <input
        id={id}
        type="file"
        multiple
        accept={accept}
        aria-describedby={hintId}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
