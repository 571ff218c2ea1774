import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { JOIN_CODE_LENGTH } from '../../../contract/qa.js';
import { ApiError } from '../../app/api.js';
import { fieldId } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { resolveJoinCode } from './api.js';

/** Joining by the code from the hall screen (/live), or straight from the QR code's link (/join/:code). */
export function JoinPage() {
  const { t } = useTranslation('live-qa');
  const { code: fromLink } = useParams();
  const navigate = useNavigate();
  const [code, setCode] = useState(fromLink ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('join.title'));

  async function join(value: string) {
    setBusy(true);
    setError(null);
    try {
      const found = await resolveJoinCode(value);
      await navigate(`/sessions/${found.sessionId}/live`, { replace: true });
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 404
          ? t('join.unknown')
          : err instanceof ApiError
            ? err.message
            : t('join.failed'),
      );
      setBusy(false);
    }
  }

  useEffect(() => {
    if (fromLink) {
      void join(fromLink);
    }
    // Only once per link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fromLink]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void join(code);
  }

  const id = fieldId('code');
  return (
    <div className="live-page join-page">
      <h1>{t('join.title')}</h1>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={id}>{t('join.label')}</label>
          <p className="field-hint" id={`${id}-hint`}>
            {t('join.hint', { length: JOIN_CODE_LENGTH })}
          </p>
          <input
            id={id}
            type="text"
            value={code}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setCode(e.target.value)}
          />
          {error && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" disabled={busy || code.trim().length === 0}>
            {t('join.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
