import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QA_LIMITS } from '../../../contract/qa.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, TextAreaField, TextField } from '../../components/form-fields.js';
import { ApiError } from '../../app/api.js';
import { useAskQuestion } from './api.js';

/** Asking a question: plain text up to 300 characters, anonymous or with a name (guests type theirs). */
export function AskForm({
  sessionId,
  signedIn,
  preApproval,
}: {
  sessionId: string;
  signedIn: boolean;
  preApproval: boolean;
}) {
  const { t } = useTranslation('live-qa');
  const ask = useAskQuestion(sessionId);
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [name, setName] = useState('');
  const [sent, setSent] = useState<'pending' | 'approved' | null>(null);
  const errors = ask.error instanceof ApiError ? ask.error.fields : [];

  function submit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    ask.mutate(
      { text, anonymous, name: anonymous ? '' : name },
      {
        onSuccess: (question) => {
          setText('');
          setSent(question.state === 'pending' ? 'pending' : 'approved');
        },
      },
    );
  }

  return (
    <form className="ask-form" onSubmit={submit} noValidate aria-labelledby="ask-heading">
      <h2 id="ask-heading">{t('ask.title')}</h2>
      <ErrorSummary error={ask.error} />
      <TextAreaField
        name="text"
        label={t('ask.text')}
        hint={t('ask.hint', { max: QA_LIMITS.questionMax, left: QA_LIMITS.questionMax - text.length })}
        value={text}
        onChange={setText}
        maxLength={QA_LIMITS.questionMax}
        rows={3}
        required
        errors={errors}
      />
      <CheckboxField
        name="anonymous"
        label={t('ask.anonymous')}
        checked={anonymous}
        onChange={setAnonymous}
        errors={errors}
      />
      {!anonymous && (
        <TextField
          name="name"
          label={t('ask.name')}
          hint={signedIn ? t('ask.nameHintSignedIn') : undefined}
          value={name}
          onChange={setName}
          maxLength={QA_LIMITS.nameMax}
          autoComplete="name"
          required={!signedIn}
          errors={errors}
        />
      )}
      {preApproval && <p className="field-hint">{t('ask.preApproval')}</p>}
      <div className="actions">
        <button type="submit" disabled={ask.isPending || text.trim().length === 0}>
          {t('ask.submit')}
        </button>
      </div>
      <p role="status" className="ask-status">
        {sent === 'pending' ? t('ask.sentPending') : sent === 'approved' ? t('ask.sent') : ''}
      </p>
    </form>
  );
}
