import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The signing secret, shown once after creating an endpoint or rotating its secret. */
export function SecretNotice({ secret }: { secret: string }) {
  const { t } = useTranslation('webhooks');
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  };
  return (
    <div className="notice" role="status">
      <p>
        <strong>{t('secret.once')}</strong>
      </p>
      <p>
        <label htmlFor="webhook-secret">{t('secret.label')}</label>
        <input
          id="webhook-secret"
          className="secret"
          readOnly
          value={secret}
          onFocus={(e) => e.target.select()}
        />
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void copy().catch(() => setCopied(false))}>
          {t('secret.copy')}
        </button>
        <span aria-live="polite">{copied ? t('secret.copied') : ''}</span>
      </div>
    </div>
  );
}
