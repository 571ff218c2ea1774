import { useCallback, useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventAdmin } from '../../../contract/events.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useEventForAdmin } from '../registration-admin/api.js';
import { sectorLabel } from '../registration-admin/registrations-table.js';
import { CheckinResultPanel } from './checkin-result.js';
import { CheckinSearch } from './checkin-search.js';
import { QrScanner } from './qr-scanner.js';
import { useCheckinDesk } from './use-checkin-desk.js';

/** Registers the service worker that keeps the app shell available without a network (installable app). */
function useServiceWorker(): void {
  useEffect(() => {
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/sw.js').catch(() => {
        // Without a service worker the page still works online; nothing to tell staff.
      });
    }
  }, []);
}

function ConnectionStatus({
  online,
  queued,
  flushed,
}: {
  online: boolean;
  queued: number;
  flushed: { sent: number; failed: number } | null;
}) {
  const { t } = useTranslation('checkin');
  const text = !online
    ? t('connection.offline', { count: queued })
    : queued > 0
      ? t('connection.waiting', { count: queued })
      : flushed
        ? t('connection.flushed', { count: flushed.sent })
        : t('connection.online');
  return (
    <p role="status" className={`connection ${online ? 'is-online' : 'is-offline'}`}>
      {text}
    </p>
  );
}

function Desk({ event }: { event: EventAdmin }) {
  const { t, i18n } = useTranslation('checkin');
  const language = i18n.language;
  const labelOf = useCallback((key: string) => sectorLabel(event, key, language), [event, language]);
  const desk = useCheckinDesk(event.id, labelOf);
  const { checkIn } = desk;
  const onCode = useCallback((code: string) => void checkIn({ ticketCode: code.trim() }), [checkIn]);
  const sectorKeys = event.sectorDefinitions.map((s) => s.key);
  return (
    <>
      <ConnectionStatus online={desk.online} queued={desk.queued} flushed={desk.flushed} />
      <p className="hint">{t('cache', { count: desk.attendeeCount })}</p>
      <CheckinResultPanel outcome={desk.outcome} sectorKeys={sectorKeys} />
      <div className="checkin-grid">
        <QrScanner onCode={onCode} />
        <CheckinSearch
          eventId={event.id}
          labelOf={labelOf}
          onCheckIn={(registrationId) => void checkIn({ registrationId })}
        />
      </div>
    </>
  );
}

/** /admin/events/:id/checkin: the door. QR camera, name search, offline queue, badge printing. */
export function CheckinPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('checkin');
  const event = useEventForAdmin(id);
  useServiceWorker();
  usePageTitle(
    event.data ? t('title', { title: event.data.title }) : event.isError ? t('notFoundTitle') : undefined,
  );
  // Once the event is known the desk stays up, even when a later refetch fails while offline.
  const render = (ev: EventAdmin) => (
    <div className="checkin">
      <h1>{t('title', { title: ev.title })}</h1>
      <ul className="page-links">
        <li>
          <Link to={`/admin/events/${ev.id}/registrations`}>{t('registrations')}</Link>
        </li>
        <li>
          <a href={`/api/v1/admin/events/${ev.id}/badges.pdf`} download>
            {t('badges')}
          </a>
        </li>
      </ul>
      <Desk event={ev} />
    </div>
  );
  return event.data ? (
    render(event.data)
  ) : (
    <QueryState query={event} notFound={<h1>{t('notFoundTitle')}</h1>}>
      {render}
    </QueryState>
  );
}
