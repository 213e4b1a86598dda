import { useState } from 'preact/hooks';
import {
  containsStatement,
  withStatements,
  type AssembledField,
  type MemberStatement,
} from '../../domain/consensus/member-statements';
import * as strings from '../strings';
import { memberName } from './member-name';

const text = strings.consensus;

/**
 * The members' statements for one of the team's texts, to tick and add to it in one go; the team then edits
 * the text itself. A statement the text already holds is shown ticked and cannot be added twice.
 */
export function StatementPicker({
  name,
  label,
  statements,
  value,
  textareaId,
  onChange,
}: {
  /** Which text it fills; names the ids of the picker's controls. */
  name: AssembledField;
  /** The name of the team's text ("Sterktes"). */
  label: string;
  statements: readonly MemberStatement[];
  /** The team's text as it stands. */
  value: string;
  /** The text field the statements go into; it gets the focus after adding, to edit them. */
  textareaId: string;
  onChange: (value: string) => void;
}) {
  const [picked, setPicked] = useState<readonly string[]>([]);
  const [message, setMessage] = useState('');
  const toggle = (statement: string, on: boolean): void => {
    setPicked(on ? [...picked, statement] : picked.filter((p) => p !== statement));
    setMessage('');
  };
  const add = (): void => {
    const fresh = picked.filter((statement) => !containsStatement(value, statement));
    if (fresh.length === 0) {
      setMessage(text.nothingPicked);
      return;
    }
    const next = withStatements(value, fresh);
    onChange(next);
    setPicked([]);
    setMessage(text.added(fresh.length));
    const field = document.getElementById(textareaId);
    if (field instanceof HTMLTextAreaElement) {
      field.focus();
      field.setSelectionRange(next.length, next.length);
    }
  };
  return (
    <fieldset class="statement-picker">
      <legend>{text.pickLegend(label)}</legend>
      <p class="field__hint">{text.pickHint}</p>
      <ul class="statement-picker__list">
        {statements.map((statement, index) => {
          const included = containsStatement(value, statement.text);
          return (
            <li key={statement.text}>
              <label class="checkbox" for={`pick-${name}-${index}`}>
                <input
                  id={`pick-${name}-${index}`}
                  type="checkbox"
                  checked={included || picked.includes(statement.text)}
                  disabled={included}
                  onChange={(event) => toggle(statement.text, event.currentTarget.checked)}
                />
                <span>
                  {statement.text}{' '}
                  <span class="statement-picker__authors">
                    — {statement.authors.map(memberName).join(', ')}
                    {included && ` (${text.alreadyIn})`}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={add}>
        {text.addPicked(label)}
      </button>
      <p class="statement-picker__status" role="status">
        {message}
      </p>
    </fieldset>
  );
}
