import { useState, type Dispatch, type FormEvent, type ReactElement, type SetStateAction } from 'react';
import type { FieldError } from '../../contract/errors.js';
import { ApiError } from '../app/api.js';
import { ErrorSummary } from './error-summary.js';

/** What a field component (TextField, SelectField …) takes to show and change one value of the draft. */
export interface BoundField<V> {
  name: string;
  value: V;
  onChange: (value: V) => void;
  errors: readonly FieldError[];
}

/** A form's draft, its change handlers, the server's field errors and the error summary. */
export interface Form<D> {
  draft: D;
  setDraft: Dispatch<SetStateAction<D>>;
  /** A handler that sets one value of the draft. */
  set<K extends keyof D>(key: K): (value: D[K]) => void;
  /** `name`, `value`, `onChange` and `errors` of a field bound to `draft[key]`: `<TextField {...form.field('title')} />`. */
  field<K extends keyof D & string>(key: K): BoundField<D[K]>;
  /** The same for a value one level down, named as the API names it (`contact.name`). */
  subField<K extends keyof D & string, S extends keyof D[K] & string>(key: K, sub: S): BoundField<D[K][S]>;
  /** A checkbox group's `values` instead of `value`. */
  choices<K extends keyof D & string>(key: K): Omit<BoundField<D[K]>, 'value'> & { values: D[K] };
  /** A single checkbox's `checked` instead of `value`. */
  checkbox<K extends keyof D & string>(key: K): Omit<BoundField<D[K]>, 'value'> & { checked: D[K] };
  /** The field errors of the last failed submit (an ApiError's `fields`), else none. */
  errors: readonly FieldError[];
  /** The error summary of the last failed submit (it takes the focus), or nothing. */
  summary: ReactElement;
  /** A submit handler: keeps the browser from sending the form, then hands the draft to `send`. */
  onSubmit(send: (draft: D) => void): (event: FormEvent) => void;
}

const NO_ERRORS: readonly FieldError[] = [];

/**
 * The one way a form keeps its state: a draft (from `initial`), handlers that change one value, and the
 * server's answer to the last submit (`error`, a mutation's error) as field errors and a summary.
 */
export function useForm<D extends object>(initial: D | (() => D), error: unknown): Form<D> {
  const [draft, setDraft] = useState<D>(initial);
  const errors = error instanceof ApiError ? error.fields : NO_ERRORS;
  const set =
    <K extends keyof D>(key: K) =>
    (value: D[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  return {
    draft,
    setDraft,
    set,
    field: (key) => ({ name: key, value: draft[key], onChange: set(key), errors }),
    subField: (key, sub) => ({
      name: `${key}.${sub}`,
      value: draft[key][sub],
      onChange: (value) => setDraft((d) => ({ ...d, [key]: { ...d[key], [sub]: value } })),
      errors,
    }),
    choices: (key) => ({ name: key, values: draft[key], onChange: set(key), errors }),
    checkbox: (key) => ({ name: key, checked: draft[key], onChange: set(key), errors }),
    errors,
    summary: <ErrorSummary error={error} />,
    onSubmit: (send) => (event) => {
      event.preventDefault();
      send(draft);
    },
  };
}
