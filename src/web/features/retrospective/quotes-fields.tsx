import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../contract/errors.js';
import { RETROSPECTIVE_LIMITS } from '../../../contract/retrospective.js';
import { TextAreaField, TextField } from '../../components/form-fields.js';

type Quote = { text: string; attribution?: string };

/** The quotes of the retrospective: text and attribution, added and removed in place. */
export function QuotesFields({
  quotes,
  onChange,
  errors,
}: {
  quotes: Quote[];
  onChange: (quotes: Quote[]) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation('retrospective');
  const update = (index: number, patch: Partial<Quote>) =>
    onChange(quotes.map((q, i) => (i === index ? { ...q, ...patch } : q)));
  return (
    <fieldset className="retro-quotes-editor">
      <legend>{t('editor.quotes')}</legend>
      {quotes.map((quote, index) => (
        <div key={index} className="retro-quote-fields">
          <TextAreaField
            name={`quotes.${index}.text`}
            label={t('editor.quoteText', { number: index + 1 })}
            value={quote.text}
            onChange={(text) => update(index, { text })}
            errors={errors}
            rows={2}
          />
          <TextField
            name={`quotes.${index}.attribution`}
            label={t('editor.quoteAttribution', { number: index + 1 })}
            value={quote.attribution ?? ''}
            onChange={(attribution) => update(index, { attribution })}
            errors={errors}
          />
          <button
            type="button"
            className="secondary"
            onClick={() => onChange(quotes.filter((_, i) => i !== index))}
          >
            {t('editor.removeQuote', { number: index + 1 })}
          </button>
        </div>
      ))}
      {quotes.length < RETROSPECTIVE_LIMITS.quotesMax && (
        <button
          type="button"
          className="secondary"
          onClick={() => onChange([...quotes, { text: '', attribution: '' }])}
        >
          {t('editor.addQuote')}
        </button>
      )}
    </fieldset>
  );
}
