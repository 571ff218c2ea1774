import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventAdmin } from '../../../contract/events.js';
import type { RegistrationAdmin } from '../../../contract/registration.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import {
  filterQuery,
  PAGE_SIZE,
  useCounters,
  useEventForAdmin,
  useRegistrationList,
  useSeatAction,
  type ListFilters,
  type SeatAction,
} from './api.js';
import { AddParticipantForm } from './add-participant-form.js';
import { CountersPanel } from './counters-panel.js';
import { ListFiltersForm } from './list-filters.js';
import { RegistrationsTable } from './registrations-table.js';

const NO_FILTERS: ListFilters = { q: '', status: '', sector: '', checkedIn: '', sort: 'requestedAt' };

function Paging({ offset, total, onPage }: { offset: number; total: number; onPage: (o: number) => void }) {
  const { t } = useTranslation('registration-admin');
  const last = Math.min(offset + PAGE_SIZE, total);
  return (
    <nav aria-label={t('paging.label')} className="paging">
      <p>{t('paging.range', { from: total === 0 ? 0 : offset + 1, to: last, total })}</p>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={offset === 0}
          onClick={() => onPage(offset - PAGE_SIZE)}
        >
          {t('paging.previous')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={last >= total}
          onClick={() => onPage(offset + PAGE_SIZE)}
        >
          {t('paging.next')}
        </button>
      </div>
    </nav>
  );
}

function RegistrationsList({ event }: { event: EventAdmin }) {
  const { t } = useTranslation('registration-admin');
  const [filters, setFilters] = useState(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [done, setDone] = useState('');
  const list = useRegistrationList(event.id, filters, offset);
  const counters = useCounters(event.id).query.data;
  const seatsFree = counters ? Math.max(0, counters.capacity - counters.held) : null;
  const action = useSeatAction();
  const change = (next: ListFilters) => {
    setFilters(next);
    setOffset(0);
  };
  const run = (id: string, kind: SeatAction) =>
    action.mutate(
      { id, action: kind },
      { onSuccess: (reg) => setDone(t(`actions.${kind}Done`, { name: `${reg.firstName} ${reg.lastName}` })) },
    );
  const exportQuery = filterQuery(filters).toString();
  const exportHref = (format: 'csv' | 'xlsx') =>
    `/api/v1/admin/events/${event.id}/registrations/export.${format}${exportQuery ? `?${exportQuery}` : ''}`;
  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{t('list.title')}</h2>
      <ListFiltersForm event={event} filters={filters} onChange={change} />
      <p className="actions">
        <a className="button secondary" href={exportHref('csv')} download>
          {t('list.exportCsv')}
        </a>
        <a className="button secondary" href={exportHref('xlsx')} download>
          {t('list.exportXlsx')}
        </a>
      </p>
      <p role="status">{done}</p>
      <ErrorSummary error={action.error} />
      <QueryState query={list}>
        {(data) => (
          <>
            <p role="status" aria-live="polite">
              {t('list.matches', { count: data.total })}
            </p>
            {data.registrations.length > 0 && (
              <RegistrationsTable
                event={event}
                rows={data.registrations}
                sort={filters.sort}
                onSort={(sort) => change({ ...filters, sort })}
                run={run}
                busy={action.isPending}
                seatsFree={seatsFree}
              />
            )}
            <Paging offset={offset} total={data.total} onPage={setOffset} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function useAddedText() {
  const { t } = useTranslation('registration-admin');
  return (reg: RegistrationAdmin) => {
    const name = `${reg.firstName} ${reg.lastName}`;
    return reg.status === 'waitlisted'
      ? t('add.doneWaitlisted', { name, position: reg.waitlistPosition ?? '–' })
      : t('add.done', { name });
  };
}

/** /admin/events/:id/registrations: live counters, the searchable list, manual add and exports. */
export function RegistrationsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('registration-admin');
  const event = useEventForAdmin(id);
  const addedText = useAddedText();
  const [added, setAdded] = useState<RegistrationAdmin | null>(null);
  usePageTitle(event.data ? t('page.title', { title: event.data.title }) : undefined);
  return (
    <QueryState query={event}>
      {(ev) => (
        <>
          <h1>{t('page.title', { title: ev.title })}</h1>
          <ul className="page-links">
            <li>
              <Link to={`/admin/events/${ev.id}/registration-settings`}>{t('page.settings')}</Link>
            </li>
            <li>
              <Link to={`/admin/events/${ev.id}/checkin`}>{t('page.checkin')}</Link>
            </li>
            <li>
              <Link to={`/admin/events/${ev.id}/edit`}>{t('page.editEvent')}</Link>
            </li>
          </ul>
          <CountersPanel eventId={ev.id} />
          <RegistrationsList event={ev} />
          <section aria-labelledby="add-heading" className="panel">
            <h2 id="add-heading">{t('add.title')}</h2>
            <p role="status">{added ? addedText(added) : ''}</p>
            <AddParticipantForm event={ev} onAdded={setAdded} />
          </section>
        </>
      )}
    </QueryState>
  );
}
