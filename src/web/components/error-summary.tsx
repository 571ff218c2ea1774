import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api.js';
import { fieldId } from './form-fields.js';

// A label that is a whole sentence (a consent checkbox) is left out: the message says enough on its own.
const LONG_LABEL = 80;

/** A label as the start of a summary entry: no closing punctuation (never "…verlasse.: …"), not a sentence. */
export function summaryLabel(text: string | null | undefined): string | null {
  const words = text?.replace(/[\s.:;!?]+$/u, '') ?? '';
  return words && words.length <= LONG_LABEL ? words : null;
}

/** The visible label of the input for a field path, or of its nearest parent ("topics.2" -> "topics"). */
function labelOf(field: string): string | null {
  const parts = field.split('.');
  while (parts.length > 0) {
    const input = document.getElementById(fieldId(parts.join('.'))) as HTMLInputElement | null;
    const label = input?.labels?.[0];
    // The label's own words, without the "(required)" mark.
    const text = (label?.querySelector('.label-text') ?? label)?.textContent?.trim();
    if (input) {
      return summaryLabel(text);
    }
    parts.pop();
  }
  return null;
}

function focusField(field: string): void {
  const parts = field.split('.');
  while (parts.length > 0) {
    const input = document.getElementById(fieldId(parts.join('.')));
    if (input) {
      input.focus();
      return;
    }
    parts.pop();
  }
}

/**
 * Lists what went wrong after a failed submit and takes the focus, so keyboard and screen reader users
 * hear it at once; each entry links to its field. Not also role="alert": focused and alerted, it is read twice.
 */
export function ErrorSummary({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (error) {
      ref.current?.focus();
    }
  }, [error]);
  if (!error) {
    return null;
  }
  const apiError = error instanceof ApiError ? error : null;
  const fields = apiError?.fields ?? [];
  const message = apiError ? apiError.message : t('error.generic');
  return (
    <div ref={ref} tabIndex={-1} role="region" aria-labelledby={headingId} className="error-summary">
      <h2 id={headingId}>{fields.length > 0 ? t('form.errorSummary') : message}</h2>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => {
            // Labels are read from the rendered form: the summary appears after the form is on screen.
            const label = labelOf(f.field);
            return (
              <li key={`${f.field}-${f.code}`}>
                <a
                  href={`#${fieldId(f.field)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    focusField(f.field);
                  }}
                >
                  {label ? t('form.errorEntry', { label, message: f.message }) : f.message}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
