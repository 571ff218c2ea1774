import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  WEBHOOK_DELIVERY_STATUSES,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '../../../contract/webhooks.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { formatInstant } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { TableScroll } from '../../components/table-scroll.js';
import {
  useDeleteEndpoint,
  useDeliveries,
  useResendDelivery,
  useRotateSecret,
  useUpdateEndpoint,
} from './api.js';
import { SecretNotice } from './secret-notice.js';

function EndpointActions({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t, i18n } = useTranslation('webhooks');
  const navigate = useNavigate();
  const update = useUpdateEndpoint(endpoint.id);
  const rotate = useRotateSecret(endpoint.id);
  const remove = useDeleteEndpoint(endpoint.id);
  const paused = endpoint.status === 'paused';
  return (
    <section aria-labelledby="endpoint-heading">
      <h2 id="endpoint-heading">{t('detail.endpoint')}</h2>
      <dl className="facts">
        <dt>{t('list.scope')}</dt>
        <dd>{endpoint.eventTitle ?? t('create.allEvents')}</dd>
        <dt>{t('list.status')}</dt>
        <dd>
          {t(`status.${endpoint.status}`)}
          {endpoint.pausedAt ? ` · ${formatInstant(endpoint.pausedAt, i18n.language)}` : ''}
        </dd>
        <dt>{t('list.types')}</dt>
        <dd>
          <ul>
            {endpoint.eventTypes.map((type) => (
              <li key={type}>
                {t(`types.${type}`)} <code>{type}</code>
              </li>
            ))}
          </ul>
        </dd>
        {endpoint.previousSecretExpiresAt ? (
          <>
            <dt>{t('detail.previousSecret')}</dt>
            <dd>
              {t('detail.previousSecretUntil', {
                date: formatInstant(endpoint.previousSecretExpiresAt, i18n.language),
              })}
            </dd>
          </>
        ) : null}
      </dl>
      {paused ? <p className="notice">{t('detail.pausedNotice')}</p> : null}
      <ErrorSummary error={update.error ?? rotate.error ?? remove.error} />
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={update.isPending}
          onClick={() => update.mutate({ status: paused ? 'active' : 'paused' })}
        >
          {paused ? t('detail.resume') : t('detail.pause')}
        </button>
        <ConfirmAction
          label={t('detail.rotate')}
          question={t('detail.rotateQuestion')}
          confirmLabel={t('detail.rotateConfirm')}
          tone="safe"
          disabled={rotate.isPending}
          onConfirm={() => rotate.mutate()}
        />
        <ConfirmAction
          label={t('detail.delete')}
          question={t('detail.deleteQuestion')}
          confirmLabel={t('detail.deleteConfirm')}
          disabled={remove.isPending}
          onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate('/admin/webhooks') })}
        />
      </div>
      {rotate.data && <SecretNotice secret={rotate.data.secret} />}
    </section>
  );
}

function DeliveryRow({ delivery, canResend }: { delivery: WebhookDelivery; canResend: boolean }) {
  const { t, i18n } = useTranslation('webhooks');
  const resend = useResendDelivery();
  const [sent, setSent] = useState(false);
  return (
    <tr>
      <td>
        <time dateTime={delivery.createdAt}>{formatInstant(delivery.createdAt, i18n.language)}</time>
      </td>
      <td>
        {t(`types.${delivery.type}`)}
        <br />
        <code className="hint">{delivery.messageId}</code>
      </td>
      <td>
        {t(`deliveryStatus.${delivery.status}`)}
        {delivery.nextAttemptAt && delivery.attempts > 0 ? (
          <span className="hint">
            {' '}
            · {t('log.next', { date: formatInstant(delivery.nextAttemptAt, i18n.language) })}
          </span>
        ) : null}
      </td>
      <td>
        {delivery.responseStatus ?? (delivery.lastError ? t('log.noAnswer') : '–')}
        {delivery.lastError && delivery.responseStatus === null ? (
          <span className="hint"> · {delivery.lastError}</span>
        ) : null}
      </td>
      <td>{delivery.attempts}</td>
      <td>{formatInstant(delivery.lastAttemptAt, i18n.language)}</td>
      <td>
        {canResend ? (
          <button
            type="button"
            className="secondary"
            disabled={resend.isPending}
            aria-label={t('log.resendLabel', {
              type: t(`types.${delivery.type}`),
              date: formatInstant(delivery.createdAt, i18n.language),
            })}
            onClick={() => resend.mutate(delivery.id, { onSuccess: () => setSent(true) })}
          >
            {t('log.resend')}
          </button>
        ) : null}
        <span aria-live="polite">{sent ? t('log.resent') : ''}</span>
      </td>
    </tr>
  );
}

/** /admin/webhooks/:id: one endpoint, its actions, and its delivery log with "send again". */
export function WebhookPage() {
  const { t } = useTranslation('webhooks');
  const { id = '' } = useParams();
  const log = useDeliveries(id);
  usePageTitle(log.data ? t('detail.title', { url: log.data.endpoint.url }) : t('title'));
  return (
    <QueryState query={log}>
      {({ endpoint, deliveries }) => (
        <>
          <p>
            <Link to="/admin/webhooks">{t('detail.back')}</Link>
          </p>
          <h1>{t('detail.title', { url: endpoint.url })}</h1>
          {endpoint.description ? <p className="lead">{endpoint.description}</p> : null}
          <EndpointActions endpoint={endpoint} />
          <h2 id="log-heading">{t('log.heading')}</h2>
          <p>
            {t('log.intro', {
              statuses: WEBHOOK_DELIVERY_STATUSES.map((s) => t(`deliveryStatus.${s}`)).join(', '),
            })}
          </p>
          {deliveries.length === 0 ? (
            <p>{t('log.none')}</p>
          ) : (
            <TableScroll label={t('log.caption')}>
              <table>
                <caption>{t('log.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('log.time')}</th>
                    <th scope="col">{t('log.type')}</th>
                    <th scope="col">{t('log.status')}</th>
                    <th scope="col">{t('log.answer')}</th>
                    <th scope="col">{t('log.attempts')}</th>
                    <th scope="col">{t('log.lastAttempt')}</th>
                    <th scope="col">{t('log.action')}</th>
                  </tr>
                </thead>
                <tbody>
                  {deliveries.map((delivery) => (
                    <DeliveryRow
                      key={delivery.id}
                      delivery={delivery}
                      canResend={endpoint.status === 'active' && delivery.status !== 'pending'}
                    />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </QueryState>
  );
}
