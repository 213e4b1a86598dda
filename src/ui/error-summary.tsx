/** One problem in a form: its message and the id of the field it is about. */
export interface FieldProblem {
  fieldId: string;
  message: string;
}

/**
 * The list of a form's problems above the form, each linking to its field. Focusable, so the form can move
 * focus here after a refused submit and a screen reader reads the whole list.
 */
export function ErrorSummary({
  id,
  title,
  problems,
}: {
  id: string;
  title: string;
  problems: FieldProblem[];
}) {
  if (problems.length === 0) return null;
  return (
    <div class="error-summary" id={id} role="alert" tabIndex={-1}>
      <p>{title}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.fieldId}>
            <a href={`#${problem.fieldId}`}>{problem.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A field's error message, to be named in the field's `aria-describedby`. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p class="field__error" id={id}>
      {message}
    </p>
  ) : null;
}

/**
 * The attributes that tie a field to its error message while it has one, and to its hint (`hintId`, read
 * first) if it has one.
 */
export function invalidProps(
  errorId: string,
  message: string | undefined,
  hintId?: string,
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  if (message) return { 'aria-invalid': true, 'aria-describedby': hintId ? `${hintId} ${errorId}` : errorId };
  return hintId ? { 'aria-describedby': hintId } : {};
}
