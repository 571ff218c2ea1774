import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventAdmin } from '../../../contract/events.js';
import { ApiError } from '../../app/api.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useAdminEvent, useSaveEvent } from './admin-api.js';
import { DateWarnings } from './date-warnings.js';
import { EventForm } from './event-form.js';
import { draftFromEvent, emptyDraft } from './event-form-model.js';

/** /admin/events/new: a new draft event; on success, on to the list with a note. */
export function EventCreatePage() {
  const { t } = useTranslation('event-form');
  usePageTitle(t('createTitle'));
  const navigate = useNavigate();
  const save = useSaveEvent(null);
  const errors = save.error instanceof ApiError ? save.error.fields : [];
  return (
    <>
      <h1>{t('createTitle')}</h1>
      <p>
        <Link to="/admin/events">{t('backToList')}</Link>
      </p>
      <EventForm
        initial={emptyDraft()}
        isNew
        error={save.error}
        errors={errors}
        pending={save.isPending}
        onSubmit={(body) =>
          save.mutate(body, {
            // With a date in the past the organizer stays with the event and sees the warning.
            onSuccess: (event) =>
              void navigate(
                event.dateWarnings.length > 0 ? `/admin/events/${event.id}/edit` : '/admin/events',
                { state: { saved: event.title, created: true } },
              ),
          })
        }
      />
    </>
  );
}

function EditForm({ event }: { event: EventAdmin }) {
  const { t } = useTranslation('event-form');
  const navigate = useNavigate();
  const save = useSaveEvent(event.id);
  const errors = save.error instanceof ApiError ? save.error.fields : [];
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  usePageTitle(t('editTitle', { title: event.title }));
  return (
    <>
      <h1>{t('editTitle', { title: event.title })}</h1>
      <p>
        <Link to="/admin/events">{t('backToList')}</Link>
        {event.status === 'published' && (
          <>
            {' · '}
            <Link to={`/events/${event.slug}`}>{t('viewPublic')}</Link>
          </>
        )}
      </p>
      <p role="status">{saved ? t('savedCheckDates', { title: saved }) : ''}</p>
      <DateWarnings event={event} />
      <EventForm
        initial={draftFromEvent(event)}
        isNew={false}
        error={save.error}
        errors={errors}
        pending={save.isPending}
        onSubmit={(body) =>
          save.mutate(body, {
            onSuccess: (result) =>
              void navigate(
                result.dateWarnings.length > 0 ? `/admin/events/${result.id}/edit` : '/admin/events',
                { state: { saved: result.title }, replace: result.dateWarnings.length > 0 },
              ),
          })
        }
      />
    </>
  );
}

/** /admin/events/:id/edit: change every field of an event. */
export function EventEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('event-form');
  const event = useAdminEvent(id);
  return (
    <QueryState query={event} notFound={<h1>{t('notFound')}</h1>}>
      {(data) => <EditForm key={data.updatedAt} event={data} />}
    </QueryState>
  );
}
