import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useConfirmRegistration, useMyRegistration } from './api.js';
import { EventFacts, StatusText, TicketCard } from './ticket.js';
import { IslandsLink } from '../islands/my-islands-page.js';

/** After the click: the state in words, the ticket when confirmed, and the way to "My registration". */
function Confirmed({ token }: { token: string }) {
  const { t } = useTranslation('registration');
  const mine = useMyRegistration(token);
  return (
    <QueryState query={mine}>
      {(data) => (
        <>
          <p className="notice notice-success" role="status">
            <StatusText mine={data} />
          </p>
          <EventFacts mine={data} />
          <TicketCard mine={data} token={token} />
          <IslandsLink token={token} />
          <p>
            <Link className="button" to={`/my-registration/${encodeURIComponent(token)}`}>
              {t('confirm.toMine')}
            </Link>
          </p>
        </>
      )}
    </QueryState>
  );
}

/** A failure the person can do something about: retry unless the link itself is the problem. */
function Failure({ error, retry, busy }: { error: unknown; retry: () => void; busy: boolean }) {
  const { t } = useTranslation('registration');
  const { t: tc } = useTranslation();
  const final = error instanceof ApiError && (error.status === 410 || error.status === 409);
  return (
    <>
      <p role="alert" className="error">
        {error instanceof ApiError ? error.message : tc('error.generic')}
      </p>
      {final ? (
        <p>{t('confirm.linkHelp')}</p>
      ) : (
        <button type="button" onClick={retry} disabled={busy}>
          {t('confirm.retry')}
        </button>
      )}
    </>
  );
}

/**
 * /registration/confirm?token=…: the double opt-in link (and the link of an offered seat). Confirms on
 * load; confirming twice is harmless, so no second click is asked for.
 */
export function ConfirmPage() {
  const { t } = useTranslation('registration');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmRegistration();
  const started = useRef(false);
  const done = confirm.isSuccess;
  usePageTitle(done ? t('confirm.doneTitle') : t('confirm.title'));

  useEffect(() => {
    if (token && !started.current) {
      started.current = true;
      confirm.mutate(token);
    }
  }, [token, confirm]);

  return (
    <>
      <h1>{done ? t('confirm.doneTitle') : t('confirm.title')}</h1>
      {!token && <p role="alert">{t('confirm.noToken')}</p>}
      {token && confirm.isPending && (
        <p role="status" aria-live="polite">
          {t('confirm.working')}
        </p>
      )}
      {confirm.isError && (
        <Failure error={confirm.error} retry={() => confirm.mutate(token)} busy={confirm.isPending} />
      )}
      {done && <Confirmed token={token} />}
    </>
  );
}
