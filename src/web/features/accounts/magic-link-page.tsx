import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { usePageTitle } from '../../components/page-title.js';
import { safeNextPath, useConsumeMagicLink } from './api.js';

/** /auth/magic?token=…: signs in with the link from the mail, then goes where the link leads. */
export function MagicLinkPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('magic.consumeTitle'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const consume = useConsumeMagicLink();
  const navigate = useNavigate();
  const started = useRef(false);

  useEffect(() => {
    // A token works once: never send it twice (React's strict mode runs effects twice in development).
    if (started.current) {
      return;
    }
    started.current = true;
    if (token.length < 10) {
      return;
    }
    consume.mutate(token, {
      onSuccess: (result) =>
        void navigate(safeNextPath(result.redirectTo) ?? '/me/events', { replace: true }),
    });
  }, [token, consume, navigate]);

  const invalid = token.length < 10 || consume.isError;
  const message = consume.error instanceof ApiError ? consume.error.message : t('magic.invalid');
  return (
    <>
      <h1>{t('magic.consumeTitle')}</h1>
      {invalid ? (
        <div role="alert">
          <p className="error">{token.length < 10 ? t('magic.invalid') : message}</p>
          <p>
            <Link to="/signin">{t('magic.requestAgain')}</Link>
          </p>
        </div>
      ) : (
        <p role="status">{t('magic.checking')}</p>
      )}
    </>
  );
}
