import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  POLL_KINDS,
  POLL_LIMITS,
  RESULTS_VISIBILITY,
  type PollInput,
  type PollKind,
  type ResultsVisibility,
} from '../../../contract/polls.js';
import { ApiError } from '../../app/api.js';
import { ActionButton } from '../../components/action-button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldId, TextAreaField, TextField } from '../../components/form-fields.js';

/** Preparing a poll: kind, question, options (one per line), scale, and when the audience sees results. */
export function PollForm({
  onSubmit,
  error,
  busy,
}: {
  onSubmit: (body: PollInput, reset: () => void) => void;
  error: unknown;
  busy: boolean;
}) {
  const { t } = useTranslation('live-qa');
  const [kind, setKind] = useState<PollKind>('single');
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('');
  const [scaleMax, setScaleMax] = useState('5');
  const [visibility, setVisibility] = useState<ResultsVisibility>('after-vote');
  const errors = error instanceof ApiError ? error.fields : [];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) {
      return;
    }
    const body: PollInput = {
      kind,
      question,
      options:
        kind === 'single' || kind === 'multiple'
          ? options
              .split('\n')
              .map((o) => o.trim())
              .filter(Boolean)
          : [],
      scaleMax: Number(scaleMax),
      resultsVisibility: visibility,
    };
    onSubmit(body, () => {
      setQuestion('');
      setOptions('');
    });
  }

  return (
    <form onSubmit={submit} noValidate className="poll-editor" aria-labelledby="poll-form-heading">
      <h3 id="poll-form-heading" tabIndex={-1}>
        {t('moderate.pollNew')}
      </h3>
      <ErrorSummary error={error} />
      <div className="field">
        <label htmlFor={fieldId('kind')}>{t('moderate.pollKind')}</label>
        <select id={fieldId('kind')} value={kind} onChange={(e) => setKind(e.target.value as PollKind)}>
          {POLL_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`poll.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        name="question"
        label={t('moderate.pollQuestion')}
        value={question}
        onChange={setQuestion}
        maxLength={POLL_LIMITS.questionMax}
        required
        errors={errors}
      />
      {(kind === 'single' || kind === 'multiple') && (
        <TextAreaField
          name="options"
          label={t('moderate.pollOptions')}
          hint={t('moderate.pollOptionsHint', { max: POLL_LIMITS.optionsMax })}
          value={options}
          onChange={setOptions}
          rows={4}
          required
          errors={errors}
          nested
        />
      )}
      {kind === 'rating' && (
        <TextField
          name="scaleMax"
          type="number"
          label={t('moderate.pollScale')}
          min={POLL_LIMITS.scaleMin}
          max={POLL_LIMITS.scaleMax}
          value={scaleMax}
          onChange={setScaleMax}
          errors={errors}
        />
      )}
      <fieldset className="field">
        <legend>{t('moderate.pollVisibility')}</legend>
        {RESULTS_VISIBILITY.map((v) => (
          <label key={v} className="poll-option">
            <input
              type="radio"
              name="results-visibility"
              value={v}
              checked={visibility === v}
              onChange={() => setVisibility(v)}
            />{' '}
            {t(`moderate.visibility.${v}`)}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <ActionButton type="submit" busy={busy}>
          {t('moderate.pollCreate')}
        </ActionButton>
      </div>
    </form>
  );
}
