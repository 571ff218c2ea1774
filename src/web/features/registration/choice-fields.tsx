import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../contract/errors.js';
import { fieldId, messagesFor } from '../../components/form-fields.js';

export interface Choice {
  value: string;
  label: string;
}

function Required({ required }: { required?: boolean }) {
  const { t } = useTranslation();
  return required ? <span className="required-mark"> ({t('form.required')})</span> : null;
}

/** A label with the "(required)" mark; the error summary reads only the `.label-text` part. */
export function LabelText({ label, required }: { label: string; required?: boolean }) {
  return (
    <>
      <span className="label-text">{label}</span>
      <Required required={required} />
    </>
  );
}

/** A labelled select with the API's error text under the label. */
export function SelectField({
  name,
  label,
  value,
  onChange,
  choices,
  placeholder,
  required,
  errors = [],
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  choices: Choice[];
  /** The empty first option ("Bitte wählen"); omitted when an empty value is a real choice. */
  placeholder?: string;
  required?: boolean;
  errors?: readonly FieldError[];
}) {
  const id = fieldId(name);
  const messages = messagesFor(errors, name);
  const errorId = messages.length > 0 ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      {errorId && (
        <p id={errorId} className="field-error">
          {messages.join(' ')}
        </p>
      )}
      <select
        id={id}
        name={name}
        value={value}
        required={required}
        aria-describedby={errorId}
        aria-invalid={errorId ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface GroupProps {
  name: string;
  legend: string;
  hint?: ReactNode;
  choices: Choice[];
  required?: boolean;
  errors?: readonly FieldError[];
}

/**
 * A fieldset of radio buttons (one value) or checkboxes (several values). The fieldset carries the
 * field's id, so the error summary's link moves the focus to the group.
 */
function ChoiceGroup({
  name,
  legend,
  hint,
  choices,
  required,
  errors = [],
  type,
  isChecked,
  onToggle,
}: GroupProps & {
  type: 'radio' | 'checkbox';
  isChecked: (v: string) => boolean;
  onToggle: (v: string, on: boolean) => void;
}) {
  const id = fieldId(name);
  const messages = messagesFor(errors, name, true);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = messages.length > 0 ? `${id}-error` : undefined;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className="group choice-group"
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend>
        {legend}
        <Required required={required} />
      </legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field-error">
          {messages.join(' ')}
        </p>
      )}
      {choices.map((c) => {
        const optionId = `${id}--${c.value.replace(/[^A-Za-z0-9_-]/g, '-')}`;
        return (
          <div key={c.value} className="checkbox-row">
            <input
              id={optionId}
              type={type}
              name={name}
              value={c.value}
              checked={isChecked(c.value)}
              onChange={(e) => onToggle(c.value, e.target.checked)}
            />
            <label htmlFor={optionId}>{c.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A group of radio buttons: exactly one choice. */
export function RadioGroup(props: GroupProps & { value: string; onChange: (value: string) => void }) {
  const { value, onChange, ...rest } = props;
  return <ChoiceGroup {...rest} type="radio" isChecked={(v) => v === value} onToggle={(v) => onChange(v)} />;
}

/** A group of checkboxes: any number of choices, kept in the order offered. */
export function CheckboxGroup(
  props: GroupProps & { values: string[]; onChange: (values: string[]) => void },
) {
  const { values, onChange, ...rest } = props;
  const toggle = (v: string, on: boolean) =>
    onChange(props.choices.map((c) => c.value).filter((c) => (c === v ? on : values.includes(c))));
  return <ChoiceGroup {...rest} type="checkbox" isChecked={(v) => values.includes(v)} onToggle={toggle} />;
}
