import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyRegistration } from '../../../contract/registration.js';
import { formatDeadline, formatEventRange } from '../../components/format.js';
import { myRegistrationPath } from './api.js';

/** The registration's state in words, with the deadline or waitlist place where there is one. */
export function StatusText({ mine }: { mine: MyRegistration }) {
  const { t, i18n } = useTranslation('registration');
  const until = mine.confirmExpiresAt
    ? formatDeadline(mine.confirmExpiresAt, mine.event.timeZone, i18n.language)
    : '';
  switch (mine.status) {
    case 'pending':
      return <>{until ? t('status.pendingUntil', { date: until }) : t('status.pending')}</>;
    case 'confirmed':
      return <>{t('status.confirmed')}</>;
    case 'waitlisted':
      return <>{t('status.waitlisted', { position: mine.waitlistPosition ?? '–' })}</>;
    case 'offered':
      return <>{until ? t('status.offeredUntil', { date: until }) : t('status.offered')}</>;
    case 'cancelled':
      return <>{mine.reconfirmAnswer === 'released' ? t('status.released') : t('status.cancelled')}</>;
    case 'expired':
      return <>{t('status.expired')}</>;
  }
}

/** Title (linked), date and venue of the registration's event. */
export function EventFacts({ mine }: { mine: MyRegistration }) {
  const { t, i18n } = useTranslation('registration');
  const { event } = mine;
  return (
    <dl className="facts">
      <dt>{t('facts.event')}</dt>
      <dd>
        <Link to={`/events/${event.slug}`}>{event.title}</Link>
      </dd>
      <dt>{t('facts.when')}</dt>
      <dd>
        <time dateTime={event.startsAt}>
          {formatEventRange(event.startsAt, event.endsAt, event.timeZone, i18n.language)}
        </time>
      </dd>
      <dt>{t('facts.where')}</dt>
      <dd>
        {event.venueName}
        {event.venueAddress && (
          <>
            <br />
            {event.venueAddress}
          </>
        )}
      </dd>
    </dl>
  );
}

/** The admission ticket of a confirmed registration: QR code, ticket code and calendar file. */
export function TicketCard({ mine, token }: { mine: MyRegistration; token: string }) {
  const { t } = useTranslation('registration');
  if (mine.status !== 'confirmed' || !mine.ticketCode) {
    return null;
  }
  const base = myRegistrationPath(token);
  return (
    <section className="ticket" aria-labelledby="ticket-heading">
      <h2 id="ticket-heading">{t('ticket.heading')}</h2>
      <img
        className="ticket-qr"
        src={`${base}/ticket.svg`}
        alt={t('ticket.qrAlt', { code: mine.ticketCode })}
        width={220}
        height={220}
      />
      <p>
        {t('ticket.code')} <strong className="ticket-code">{mine.ticketCode}</strong>
      </p>
      <p className="field-hint">{t('ticket.hint')}</p>
      <p>
        <a className="button secondary" href={`${base}/ticket.ics`} download="crossdialog.ics">
          {t('ticket.calendar')}
        </a>
      </p>
    </section>
  );
}
