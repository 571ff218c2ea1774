import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OUTBOX_FILTER_STATUSES, OUTBOX_SEARCH_MAX, type OutboxMail } from '../../../contract/outbox.js';
import { formatInstant } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useAdminEvents } from '../events/admin-api.js';
import { useOutbox, type OutboxFilters } from './api.js';
import { MailStatus, MailText, SecretsNotice, useMailKindText } from './mail-parts.js';

function Filters({ filters, onChange }: { filters: OutboxFilters; onChange: (next: OutboxFilters) => void }) {
  const { t } = useTranslation('outbox');
  const events = useAdminEvents();
  const [text, setText] = useState(filters.q);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...filters, q: text.trim() });
  };
  return (
    <form role="search" aria-label={t('filters.label')} className="list-filters" onSubmit={submit}>
      <div className="field">
        <label htmlFor="mail-search">{t('filters.search')}</label>
        <div className="search-row">
          <input
            id="mail-search"
            type="search"
            maxLength={OUTBOX_SEARCH_MAX}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit">{t('filters.searchButton')}</button>
        </div>
      </div>
      <div className="field">
        <label htmlFor="mail-event">{t('filters.event')}</label>
        <select
          id="mail-event"
          value={filters.eventId}
          onChange={(e) => onChange({ ...filters, eventId: e.target.value })}
        >
          <option value="">{t('filters.allEvents')}</option>
          {(events.data ?? []).map((event) => (
            <option key={event.id} value={event.id}>
              {event.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="mail-status">{t('filters.status')}</label>
        <select
          id="mail-status"
          value={filters.status}
          onChange={(e) => onChange({ ...filters, status: e.target.value })}
        >
          <option value="">{t('filters.all')}</option>
          {OUTBOX_FILTER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`filters.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

function MailRow({ mail }: { mail: OutboxMail }) {
  const { t, i18n } = useTranslation('outbox');
  const kindText = useMailKindText();
  return (
    <tr>
      <td>
        <time dateTime={mail.createdAt}>{formatInstant(mail.createdAt, i18n.language)}</time>
      </td>
      <td className="mail-recipient">
        {mail.registrationId && mail.toName ? (
          <Link to={`/admin/registrations/${encodeURIComponent(mail.registrationId)}`}>{mail.toName}</Link>
        ) : (
          mail.toName
        )}
        {mail.toName ? <br /> : null}
        <span className="mail-address">{mail.to}</span>
      </td>
      <td>
        <span className="mail-kind">{kindText(mail.kind)}</span>
        {mail.eventTitle ? <span className="hint"> · {mail.eventTitle}</span> : null}
        <MailText mail={mail} />
      </td>
      <td>
        <MailStatus mail={mail} />
        {mail.status === 'sent' || mail.status === 'logged' ? null : (
          <span className="hint mail-attempts">{t('attempts', { count: mail.attempts })}</span>
        )}
      </td>
    </tr>
  );
}

/** /admin/mails: every mail sent, when, to whom, delivered or not, readable; filtered by event, status, person. */
export function OutboxPage() {
  const { t } = useTranslation('outbox');
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const filters: OutboxFilters = {
    eventId: params.get('event') ?? '',
    status: params.get('status') ?? '',
    q: params.get('q') ?? '',
  };
  const setFilters = (next: OutboxFilters) => {
    const search = new URLSearchParams();
    if (next.eventId) {
      search.set('event', next.eventId);
    }
    if (next.status) {
      search.set('status', next.status);
    }
    if (next.q) {
      search.set('q', next.q);
    }
    setParams(search, { replace: true });
  };
  const outbox = useOutbox(filters);
  const mails = outbox.data?.pages.flatMap((p) => p.mails) ?? [];
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {outbox.data?.pages[0] ? <SecretsNotice smtpConfigured={outbox.data.pages[0].smtpConfigured} /> : null}
      <Filters key={filters.q} filters={filters} onChange={setFilters} />
      <QueryState query={outbox}>
        {() =>
          mails.length === 0 ? (
            <p role="status">{t('none')}</p>
          ) : (
            <>
              <TableScroll label={t('tableLabel')}>
                <table className="mail-table">
                  <caption>{t('caption', { count: mails.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('column.created')}</th>
                      <th scope="col">{t('column.to')}</th>
                      <th scope="col">{t('column.mail')}</th>
                      <th scope="col">{t('column.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {mails.map((mail) => (
                      <MailRow key={mail.id} mail={mail} />
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              {outbox.hasNextPage ? (
                <button
                  type="button"
                  onClick={() => void outbox.fetchNextPage()}
                  disabled={outbox.isFetchingNextPage}
                >
                  {t('older')}
                </button>
              ) : null}
            </>
          )
        }
      </QueryState>
    </>
  );
}
