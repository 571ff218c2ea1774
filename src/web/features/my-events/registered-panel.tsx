import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyEvent } from '../../../contract/my-events.js';
import { ticketImagePath } from './api.js';
import { MyEventLinks, MyEventStatus } from './my-event-links.js';

/** The event page for a registered, signed-in visitor: their status, ticket and links instead of the form. */
export function RegisteredPanel({ mine }: { mine: MyEvent }) {
  const { t } = useTranslation(['my-events', 'registration']);
  return (
    <div className={`status-panel status-panel-${mine.status}`}>
      <p>
        <strong>{t('registered')}</strong>
      </p>
      <p>
        <MyEventStatus mine={mine} />
      </p>
      {mine.can.ticket && mine.ticketCode && (
        <section className="ticket" id="ticket" aria-labelledby="ticket-heading">
          <h3 id="ticket-heading">{t('registration:ticket.heading')}</h3>
          <img
            className="ticket-qr"
            src={ticketImagePath(mine.event.slug)}
            alt={t('registration:ticket.qrAlt', { code: mine.ticketCode })}
            width={220}
            height={220}
          />
          <p>
            {t('registration:ticket.code')} <strong className="ticket-code">{mine.ticketCode}</strong>
          </p>
          <p className="field-hint">{t('registration:ticket.hint')}</p>
        </section>
      )}
      <MyEventLinks mine={mine} onEventPage />
      <p>
        <Link to="/me/events">{t('allMine')}</Link>
      </p>
    </div>
  );
}
