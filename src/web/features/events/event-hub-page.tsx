import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventAdmin } from '../../../contract/events.js';
import { formatDateTime } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { ActionButton } from '../../components/action-button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useAdminEvent, useEventAction } from './admin-api.js';
import { DateWarnings } from './date-warnings.js';

/** One place to manage: a route of the organizer area or a file to download. */
interface HubEntry {
  key: string;
  to: string;
  download?: boolean;
  /** A page outside the event's own routes, given the event id (the outbox filtered to the event). */
  href?: (eventId: string) => string;
}

/** The places to manage an event, grouped in the order the work comes: before, on the day, after. */
const STAGES: { key: 'before' | 'day' | 'after'; entries: HubEntry[] }[] = [
  {
    key: 'before',
    entries: [
      { key: 'edit', to: 'edit' },
      { key: 'registrationSettings', to: 'registration-settings' },
      { key: 'programme', to: 'programme' },
      { key: 'competences', to: 'competences' },
      { key: 'islands', to: 'islands' },
      { key: 'meetings', to: 'meetings' },
    ],
  },
  {
    key: 'day',
    entries: [
      { key: 'registrations', to: 'registrations' },
      { key: 'mails', to: '', href: (id) => `/admin/mails?event=${encodeURIComponent(id)}` },
      { key: 'checkin', to: 'checkin' },
      { key: 'badges', to: 'badges.pdf', download: true },
      { key: 'tablePlan', to: 'meetings/plan' },
    ],
  },
  {
    key: 'after',
    entries: [
      { key: 'dashboard', to: 'dashboard' },
      { key: 'retrospective', to: 'retrospective' },
    ],
  },
];

function HubSection({ event, stage }: { event: EventAdmin; stage: (typeof STAGES)[number] }) {
  const { t } = useTranslation('admin');
  const headingId = `hub-${stage.key}`;
  return (
    <section aria-labelledby={headingId} className="hub-stage">
      <h2 id={headingId}>{t(`hub.stage.${stage.key}`)}</h2>
      <ul className="hub-list">
        {stage.entries.map((entry) => (
          <li key={entry.key}>
            {entry.download ? (
              // A file from the API, not a page of the app: a plain link the browser downloads.
              <a href={`/api/v1/admin/events/${encodeURIComponent(event.id)}/${entry.to}`} download>
                {t(`hub.entry.${entry.key}.label`)}
              </a>
            ) : (
              <Link
                to={entry.href?.(event.id) ?? `/admin/events/${encodeURIComponent(event.id)}/${entry.to}`}
              >
                {t(`hub.entry.${entry.key}.label`)}
              </Link>
            )}
            <p>{t(`hub.entry.${entry.key}.text`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A draft's overview says it is not public yet and publishes it from here. */
function PublishDraft({ event, onPublished }: { event: EventAdmin; onPublished: () => void }) {
  const { t } = useTranslation('admin');
  const action = useEventAction();
  return (
    <div className="notice">
      <p>{t('hub.draftNote')}</p>
      <ErrorSummary error={action.error} />
      <ActionButton
        type="button"
        busy={action.isPending}
        onClick={() => action.mutate({ id: event.id, action: 'publish' }, { onSuccess: onPublished })}
      >
        {t('events.publish')}
      </ActionButton>
    </div>
  );
}

function Hub({ event }: { event: EventAdmin }) {
  const { t, i18n } = useTranslation('admin');
  const [published, setPublished] = useState(false);
  return (
    <>
      <p role="status">{published ? t('events.done.publish', { title: event.title }) : ''}</p>
      <p className="hub-facts">
        <span className={`status status-${event.status}`}>{t(`events.status.${event.status}`)}</span>{' '}
        <time dateTime={event.startsAt}>{formatDateTime(event.startsAt, event.timeZone, i18n.language)}</time>
        {event.venue.name ? `, ${event.venue.name}` : ''}
        {' · '}
        {t('events.seatsValue', { taken: event.seatsTaken, capacity: event.capacity })}
      </p>
      {event.status === 'draft' && <DateWarnings event={event} />}
      {event.status === 'published' && (
        <p>
          <Link to={`/events/${encodeURIComponent(event.slug)}`}>{t('hub.publicPage')}</Link>
        </p>
      )}
      {event.status === 'draft' && <PublishDraft event={event} onPublished={() => setPublished(true)} />}
      {STAGES.map((stage) => (
        <HubSection key={stage.key} event={event} stage={stage} />
      ))}
    </>
  );
}

/** /admin/events/:id: one event at a glance, and every place to manage it in the order of the work. */
export function EventHubPage() {
  const { t } = useTranslation('admin');
  const { id = '' } = useParams();
  const query = useAdminEvent(id);
  usePageTitle(query.data ? t('hub.title', { title: query.data.title }) : t('hub.titleShort'));
  return (
    <>
      <h1>{query.data?.title ?? t('hub.titleShort')}</h1>
      <QueryState query={query}>{(event) => <Hub event={event} />}</QueryState>
    </>
  );
}
