import { useEffect, useRef } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyRegistration } from '../../../contract/registration.js';
import { ApiError } from '../../app/api.js';
import { usePageTitle } from '../../components/page-title.js';
import { useReconfirm, type ReconfirmAnswer } from './api.js';
import { EventFacts } from './ticket.js';

function Result({ mine }: { mine: MyRegistration }) {
  const { t } = useTranslation('registration');
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const released = mine.status === 'cancelled';
  return (
    <>
      <p ref={ref} tabIndex={-1} role="status" className="notice notice-success">
        {released ? t('reconfirm.released') : t('reconfirm.kept')}
      </p>
      <EventFacts mine={mine} />
    </>
  );
}

/**
 * /my-registration/:token/reconfirm?answer=yes|release: the "Are you still coming?" mail's links.
 * "Yes" is answered on load; releasing a seat needs a click here, because mail programs open links to
 * preview them and must not give a seat away.
 */
export function ReconfirmPage() {
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('registration');
  const { t: tc } = useTranslation();
  usePageTitle(t('reconfirm.title'));
  const reconfirm = useReconfirm(token);
  const asked = params.get('answer');
  const started = useRef(false);

  useEffect(() => {
    if (asked === 'yes' && !started.current) {
      started.current = true;
      reconfirm.mutate('yes');
    }
  }, [asked, reconfirm]);

  const answer = (value: ReconfirmAnswer) => reconfirm.mutate(value);
  // A refused answer (link invalid, registration not confirmed) will not succeed on a second try.
  const final = reconfirm.error instanceof ApiError && [409, 410].includes(reconfirm.error.status);
  const waiting = reconfirm.isPending || (asked === 'yes' && reconfirm.isIdle);
  const showChoice = !reconfirm.isSuccess && !waiting && !final;
  return (
    <>
      <h1>{t('reconfirm.title')}</h1>
      {reconfirm.isPending && <p role="status">{t('reconfirm.working')}</p>}
      {reconfirm.isSuccess && <Result mine={reconfirm.data} />}
      {reconfirm.isError && (
        <p role="alert" className="error">
          {reconfirm.error instanceof ApiError ? reconfirm.error.message : tc('error.generic')}
        </p>
      )}
      {showChoice && asked === 'release' && (
        <div className="confirm">
          <p>{t('reconfirm.releaseQuestion')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => answer('release')}>
              {t('reconfirm.releaseConfirm')}
            </button>
            <button type="button" className="secondary" onClick={() => answer('yes')}>
              {t('reconfirm.yes')}
            </button>
          </div>
        </div>
      )}
      {showChoice && asked !== 'release' && (
        <div className="actions">
          <button type="button" onClick={() => answer('yes')}>
            {t('reconfirm.yes')}
          </button>
          <button type="button" className="danger" onClick={() => answer('release')}>
            {t('reconfirm.releaseConfirm')}
          </button>
        </div>
      )}
      <p>
        <Link to={`/my-registration/${encodeURIComponent(token)}`}>{t('confirm.toMine')}</Link>
      </p>
    </>
  );
}
