import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../contract/errors.js';

/** The DOM id of the input for an API field path ("venue.name" -> "field-venue-name"). */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The API's messages for one field; `nested` also takes its children ("topics.2" under "topics"). */
export function messagesFor(errors: readonly FieldError[], name: string, nested = false): string[] {
  return errors
    .filter((e) => e.field === name || (nested && e.field.startsWith(`${name}.`)))
    .map((e) => e.message);
}

interface FieldBase {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly FieldError[];
  /** Also show errors of child paths (array items) at this field. */
  nested?: boolean;
}

/** Ids and ARIA attributes that tie an input to its hint and error text. */
function useFieldAria({ name, hint, errors = [], nested = false }: FieldBase) {
  const id = fieldId(name);
  const messages = messagesFor(errors, name, nested);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = messages.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return {
    id,
    messages,
    hintId,
    errorId,
    inputProps: {
      id,
      name,
      'aria-describedby': describedBy,
      'aria-invalid': messages.length > 0 ? true : undefined,
    },
  };
}

function FieldTexts({
  hint,
  hintId,
  errorId,
  messages,
}: Partial<ReturnType<typeof useFieldAria>> & FieldBase) {
  return (
    <>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field-error">
          {messages?.join(' ')}
        </p>
      )}
    </>
  );
}

function RequiredMark({ required }: { required?: boolean }) {
  const { t } = useTranslation();
  return required ? <span className="required-mark"> ({t('form.required')})</span> : null;
}

// From this many characters before the limit on, the field says how many are left.
const LENGTH_WARNING = 20;

/**
 * What is left of a field's maximum length, once it is near: browsers cut input at `maxLength` without a
 * word (a pasted text just ends), so the field says so. Only "limit reached" is announced (a live region);
 * the countdown is read with the field, not at every keystroke.
 */
function LengthNote({ id, length, max }: { id: string; length: number; max: number | undefined }) {
  const { t } = useTranslation();
  if (max === undefined) {
    return null;
  }
  const left = max - length;
  return (
    <>
      {left > 0 && left <= Math.max(LENGTH_WARNING, Math.round(max / 10)) && (
        <p id={`${id}-length`} className="field-hint">
          {t('form.charactersLeft', { left, max })}
        </p>
      )}
      <p className="field-hint" aria-live="polite">
        {left <= 0 ? t('form.charactersFull', { max }) : ''}
      </p>
    </>
  );
}

/** The hint and error ids, plus the length note while it shows. */
function describedWith(describedBy: string | undefined, id: string, length: number, max: number | undefined) {
  if (
    max === undefined ||
    max - length > Math.max(LENGTH_WARNING, Math.round(max / 10)) ||
    max - length <= 0
  ) {
    return describedBy;
  }
  return [describedBy, `${id}-length`].filter(Boolean).join(' ');
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'name' | 'id'>;

/** A labelled text-like input with hint and the API's error text. */
export function TextField(
  props: FieldBase & InputProps & { value: string; onChange: (value: string) => void },
) {
  const { name, label, hint, errors, nested, value, onChange, ...rest } = props;
  const aria = useFieldAria({ name, label, hint, errors, nested });
  return (
    <div className="field">
      <label htmlFor={aria.id}>
        <span className="label-text">{label}</span>
        <RequiredMark required={rest.required} />
      </label>
      <FieldTexts {...aria} name={name} label={label} hint={hint} />
      <input
        type="text"
        {...rest}
        {...aria.inputProps}
        aria-describedby={describedWith(
          aria.inputProps['aria-describedby'],
          aria.id,
          value.length,
          rest.maxLength,
        )}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <LengthNote id={aria.id} length={value.length} max={rest.maxLength} />
    </div>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'name' | 'id'>;

/** A labelled textarea with hint and the API's error text. */
export function TextAreaField(
  props: FieldBase & TextAreaProps & { value: string; onChange: (value: string) => void },
) {
  const { name, label, hint, errors, nested, value, onChange, ...rest } = props;
  const aria = useFieldAria({ name, label, hint, errors, nested });
  return (
    <div className="field">
      <label htmlFor={aria.id}>
        <span className="label-text">{label}</span>
        <RequiredMark required={rest.required} />
      </label>
      <FieldTexts {...aria} name={name} label={label} hint={hint} />
      <textarea
        {...rest}
        {...aria.inputProps}
        aria-describedby={describedWith(
          aria.inputProps['aria-describedby'],
          aria.id,
          value.length,
          rest.maxLength,
        )}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <LengthNote id={aria.id} length={value.length} max={rest.maxLength} />
    </div>
  );
}

/** A checkbox with its label after it, hint and the API's error text. */
export function CheckboxField(
  props: FieldBase & { checked: boolean; onChange: (checked: boolean) => void; required?: boolean },
) {
  const { name, label, hint, errors, checked, onChange, required } = props;
  const aria = useFieldAria({ name, label, hint, errors });
  return (
    <div className="field field-checkbox">
      <FieldTexts {...aria} name={name} label={label} hint={hint} />
      <div className="checkbox-row">
        <input
          type="checkbox"
          {...aria.inputProps}
          required={required}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={aria.id}>{label}</label>
      </div>
    </div>
  );
}
