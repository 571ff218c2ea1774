import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  WEBHOOK_EVENT_TYPES,
  type WebhookEndpoint,
  type WebhookEventType,
} from '../../../contract/webhooks.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldId, messagesFor, TextField } from '../../components/form-fields.js';
import { formatInstant } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useAdminEvents } from '../events/admin-api.js';
import { useCreateEndpoint, useWebhookEndpoints } from './api.js';
import { SecretNotice } from './secret-notice.js';

function CreateEndpoint() {
  const { t } = useTranslation('webhooks');
  const events = useAdminEvents();
  const create = useCreateEndpoint();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [eventId, setEventId] = useState('');
  const [types, setTypes] = useState<WebhookEventType[]>([]);
  const errors = create.error instanceof ApiError ? create.error.fields : [];
  const typeErrors = messagesFor(errors, 'eventTypes', true);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { url: url.trim(), description, eventId: eventId || null, eventTypes: types },
      {
        onSuccess: () => {
          setUrl('');
          setDescription('');
          setTypes([]);
        },
      },
    );
  };
  const toggle = (type: WebhookEventType, on: boolean) =>
    setTypes((current) => (on ? [...current, type] : current.filter((x) => x !== type)));
  return (
    <section aria-labelledby="create-webhook-heading">
      <h2 id="create-webhook-heading">{t('create.heading')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={create.error} />
        <TextField
          name="url"
          label={t('create.url')}
          hint={t('create.urlHint')}
          required
          type="url"
          value={url}
          onChange={setUrl}
          errors={errors}
        />
        <TextField
          name="description"
          label={t('create.description')}
          value={description}
          onChange={setDescription}
          errors={errors}
        />
        <div className="field">
          <label htmlFor={fieldId('eventId')}>{t('create.scope')}</label>
          <select id={fieldId('eventId')} value={eventId} onChange={(e) => setEventId(e.target.value)}>
            <option value="">{t('create.allEvents')}</option>
            {(events.data ?? []).map((event) => (
              <option key={event.id} value={event.id}>
                {event.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset
          className="field"
          id={fieldId('eventTypes')}
          aria-describedby={typeErrors.length > 0 ? 'webhook-types-error' : undefined}
        >
          <legend>{t('create.types')}</legend>
          {typeErrors.length > 0 && (
            <p id="webhook-types-error" className="field-error">
              {typeErrors.join(' ')}
            </p>
          )}
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <div key={type} className="checkbox-row">
              <input
                type="checkbox"
                id={`webhook-type-${type}`}
                checked={types.includes(type)}
                onChange={(e) => toggle(type, e.target.checked)}
              />
              <label htmlFor={`webhook-type-${type}`}>
                {t(`types.${type}`)} <code>{type}</code>
              </label>
            </div>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={create.isPending}>
            {t('create.submit')}
          </button>
        </div>
      </form>
      {create.data && <SecretNotice secret={create.data.secret} />}
    </section>
  );
}

function EndpointTable({ endpoints }: { endpoints: WebhookEndpoint[] }) {
  const { t, i18n } = useTranslation('webhooks');
  if (endpoints.length === 0) {
    return <p>{t('list.none')}</p>;
  }
  return (
    <TableScroll label={t('list.caption')}>
      <table>
        <caption>{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.url')}</th>
            <th scope="col">{t('list.scope')}</th>
            <th scope="col">{t('list.types')}</th>
            <th scope="col">{t('list.status')}</th>
            <th scope="col">{t('list.created')}</th>
          </tr>
        </thead>
        <tbody>
          {endpoints.map((endpoint) => (
            <tr key={endpoint.id}>
              <th scope="row">
                <Link to={`/admin/webhooks/${endpoint.id}`}>{endpoint.url}</Link>
                {endpoint.description ? <span className="hint"> · {endpoint.description}</span> : null}
              </th>
              <td>{endpoint.eventTitle ?? t('create.allEvents')}</td>
              <td>{endpoint.eventTypes.length}</td>
              <td>
                {t(`status.${endpoint.status}`)}
                {endpoint.failedDeliveries > 0 ? (
                  <span className="hint"> · {t('list.failed', { count: endpoint.failedDeliveries })}</span>
                ) : null}
              </td>
              <td>{formatInstant(endpoint.createdAt, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** /admin/webhooks: endpoints that receive signed notices of registrations, check-ins and more. */
export function WebhooksPage() {
  const { t } = useTranslation('webhooks');
  usePageTitle(t('title'));
  const list = useWebhookEndpoints();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <CreateEndpoint />
      <h2>{t('list.heading')}</h2>
      <QueryState query={list}>{(endpoints) => <EndpointTable endpoints={endpoints} />}</QueryState>
    </>
  );
}
