import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QA_LIMITS } from '../../../contract/qa.js';
import { ActionButton } from '../../components/action-button.js';
import { StatusText, useStatusMessage } from '../../components/announcer.js';
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
  const [sent, saySent] = useStatusMessage();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [name, setName] = useState('');
  const errors = ask.error instanceof ApiError ? ask.error.fields : [];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (ask.isPending || text.trim().length === 0) {
      return;
    }
    ask.mutate(
      { text, anonymous, name: anonymous ? '' : name },
      {
        onSuccess: (question) => {
          setText('');
          // Said again for a second question with the same answer: the status line is emptied first.
          saySent(question.state === 'pending' ? t('ask.sentPending') : t('ask.sent'));
        },
      },
    );
  }

  return (
    <form className="ask-form" onSubmit={submit} noValidate aria-labelledby="ask-heading">
      <h3 id="ask-heading">{t('ask.title')}</h3>
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
        <ActionButton type="submit" busy={ask.isPending} disabled={text.trim().length === 0}>
          {t('ask.submit')}
        </ActionButton>
      </div>
      <StatusText message={sent} className="ask-status" />
    </form>
  );
}
