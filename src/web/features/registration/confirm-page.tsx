import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { ActionButton } from '../../components/action-button.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useConfirmRegistration, useMyRegistration } from './api.js';
import { EventFacts, StatusText, TicketCard } from './ticket.js';
import { IslandsLink } from '../islands/my-islands-page.js';

/** The state in words once confirmed: inside the page's status region, so it is announced once. */
function ConfirmedState({ token }: { token: string }) {
  const mine = useMyRegistration(token);
  return mine.data ? (
    <p className="notice notice-success">
      <StatusText mine={mine.data} />
    </p>
  ) : null;
}

/** After the click: the ticket when confirmed, and the way to "My registration". */
function Confirmed({ token }: { token: string }) {
  const { t } = useTranslation('registration');
  const mine = useMyRegistration(token);
  return (
    <QueryState query={mine}>
      {(data) => (
        <>
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
        <ActionButton type="button" onClick={retry} busy={busy}>
          {t('confirm.retry')}
        </ActionButton>
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
      {/* One status region from the start: "confirming …", then the state in words. */}
      <div role="status" aria-atomic="true">
        {token && confirm.isPending && <p>{t('confirm.working')}</p>}
        {done && <ConfirmedState token={token} />}
      </div>
      {confirm.isError && (
        <Failure error={confirm.error} retry={() => confirm.mutate(token)} busy={confirm.isPending} />
      )}
      {done && <Confirmed token={token} />}
    </>
  );
}
