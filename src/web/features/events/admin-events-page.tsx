import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventAdmin } from '../../../contract/events.js';
import { ActionButton } from '../../components/action-button.js';
import { ApiError } from '../../app/api.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { formatDateTime } from '../../components/format.js';
import { keepFocusFor } from '../../components/page-action.js';
import { usePageTitle } from '../../components/page-title.js';
import { TableScroll } from '../../components/table-scroll.js';
import { QueryState } from '../../components/query-state.js';
import { useAdminEvents, useEventAction, type EventAction } from './admin-api.js';

const titleLinkId = (eventId: string) => `event-${eventId}-title`;
// Publish and unpublish replace each other: the same id lets the focus follow to the new button.
const publishToggleId = (eventId: string) => `event-${eventId}-publish`;

function EventRow({ event, run, busy }: { event: EventAdmin; run: (a: EventAction) => void; busy: boolean }) {
  const { t, i18n } = useTranslation(['admin', 'registration-admin']);
  const title = event.title;
  return (
    <tr>
      <th scope="row">
        <Link
          id={titleLinkId(event.id)}
          to={`/admin/events/${event.id}`}
          aria-label={t('hub.openLabel', { title })}
        >
          {title}
        </Link>
      </th>
      <td>
        <span className={`status status-${event.status}`}>{t(`events.status.${event.status}`)}</span>
      </td>
      <td>
        <time dateTime={event.startsAt}>{formatDateTime(event.startsAt, event.timeZone, i18n.language)}</time>
      </td>
      <td>
        {t('events.seatsValue', { taken: event.seatsTaken, capacity: event.capacity })}{' '}
        <Link
          to={`/admin/events/${event.id}/registrations`}
          aria-label={t('registration-admin:eventsRow.linkLabel', { title })}
        >
          {t('registration-admin:eventsRow.link')}
        </Link>
      </td>
      <td>
        <div className="actions">
          <Link
            className="button secondary"
            to={`/admin/events/${event.id}/edit`}
            aria-label={t('events.editLabel', { title })}
          >
            {t('events.edit')}
          </Link>
          {event.status === 'draft' && (
            <ActionButton
              id={publishToggleId(event.id)}
              type="button"
              busy={busy}
              onClick={() => run('publish')}
              aria-label={t('events.publishLabel', { title })}
            >
              {t('events.publish')}
            </ActionButton>
          )}
          {event.status === 'published' && (
            <ActionButton
              id={publishToggleId(event.id)}
              type="button"
              className="secondary"
              busy={busy}
              onClick={() => run('unpublish')}
              aria-label={t('events.unpublishLabel', { title })}
            >
              {t('events.unpublish')}
            </ActionButton>
          )}
          <ActionButton
            type="button"
            className="secondary"
            busy={busy}
            onClick={() => run('duplicate')}
            aria-label={t('events.duplicateLabel', { title })}
          >
            {t('events.duplicate')}
          </ActionButton>
          {event.status !== 'archived' && (
            <ConfirmAction
              label={t('events.archive')}
              ariaLabel={t('events.archiveLabel', { title })}
              question={t('events.archiveQuestion', { title })}
              confirmLabel={t('events.archiveConfirm')}
              disabled={busy}
              resultId={titleLinkId(event.id)}
              onConfirm={() => run('archive')}
            />
          )}
        </div>
      </td>
    </tr>
  );
}

/** /admin/events: every event with its status; publish, unpublish, duplicate, archive. */
export function AdminEventsPage() {
  const { t } = useTranslation(['admin', 'dashboard']);
  usePageTitle(t('events.title'));
  const events = useAdminEvents();
  const action = useEventAction();
  const navigate = useNavigate();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const run = (event: EventAdmin) => (kind: EventAction) => {
    if (action.isPending) {
      return;
    }
    keepFocusFor(
      kind === 'publish' || kind === 'unpublish' ? publishToggleId(event.id) : titleLinkId(event.id),
    );
    action.mutate(
      { id: event.id, action: kind },
      { onSuccess: (result) => kind === 'duplicate' && void navigate(`/admin/events/${result.id}/edit`) },
    );
  };
  const done = action.isSuccess
    ? t(`events.done.${action.variables.action}`, { title: action.data.title })
    : '';
  return (
    <>
      <h1>{t('events.title')}</h1>
      <p>
        <Link className="button" to="/admin/events/new">
          {t('events.new')}
        </Link>{' '}
        <Link to="/admin/network">{t('dashboard:network.link')}</Link>
      </p>
      <p role="status">{done || (saved ? t('events.saved', { title: saved }) : '')}</p>
      <ErrorSummary error={action.error} />
      {action.error instanceof ApiError && action.error.code === 'event_in_past' && action.variables ? (
        <ConfirmAction
          label={t('events.publishPast')}
          question={t('events.publishPastQuestion')}
          confirmLabel={t('events.publishPastConfirm')}
          tone="safe"
          disabled={action.isPending}
          onConfirm={() => action.mutate({ ...action.variables, confirmPast: true })}
        />
      ) : null}
      <QueryState query={events}>
        {(list) => (
          <TableScroll label={t('events.caption')}>
            <table>
              <caption>{t('events.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('events.eventTitle')}</th>
                  <th scope="col">{t('events.statusHeading')}</th>
                  <th scope="col">{t('events.date')}</th>
                  <th scope="col">{t('events.seats')}</th>
                  <th scope="col">{t('events.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((event) => (
                  <EventRow key={event.id} event={event} run={run(event)} busy={action.isPending} />
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </QueryState>
    </>
  );
}
