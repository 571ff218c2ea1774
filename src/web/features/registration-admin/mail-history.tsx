import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RegistrationAdmin } from '../../../contract/registration.js';
import { ApiError, apiFetch } from '../../app/api.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { formatDateTime, formatInstant } from '../../components/format.js';
import { QueryState } from '../../components/query-state.js';
import { MAILS_KEY, useRegistrationMails } from '../outbox/api.js';
import { MailStatus, MailText, SecretsNotice, useMailKindText } from '../outbox/mail-parts.js';
import { REGISTRATIONS_KEY, useEventForAdmin } from './api.js';

/** The mail "resend" writes for each state (server: organizer-service mailForState); none once ended. */
const RESEND_KIND: Partial<Record<RegistrationAdmin['status'], string>> = {
  confirmed: 'ticket',
  pending: 'optin',
  offered: 'offer',
  waitlisted: 'waitlist',
};

function Resend({ reg }: { reg: RegistrationAdmin }) {
  const { t } = useTranslation('outbox');
  const client = useQueryClient();
  const resend = useMutation({
    mutationFn: () =>
      apiFetch<RegistrationAdmin>(`/api/v1/admin/registrations/${encodeURIComponent(reg.id)}/resend`, {
        method: 'POST',
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: MAILS_KEY });
      await client.invalidateQueries({ queryKey: REGISTRATIONS_KEY });
    },
  });
  const kind = RESEND_KIND[reg.status];
  if (!kind) {
    return <p className="hint">{t('resend.none')}</p>;
  }
  const name = `${reg.firstName} ${reg.lastName}`;
  return (
    <div className="mail-resend">
      <p className="hint">{t(`resend.${kind}.text`)}</p>
      <ConfirmAction
        label={t(`resend.${kind}.label`)}
        question={t(`resend.${kind}.question`, { name, email: reg.email })}
        confirmLabel={t('resend.confirm')}
        disabled={resend.isPending}
        tone="safe"
        onConfirm={() => resend.mutate()}
      />
      <p role="status" className={resend.isSuccess ? 'notice notice-success' : undefined}>
        {resend.isSuccess ? t('resend.done', { email: reg.email }) : ''}
      </p>
      {resend.isError ? (
        <p role="alert" className="error">
          {resend.error instanceof ApiError ? resend.error.message : t('common:error.generic')}
        </p>
      ) : null}
    </div>
  );
}

/** The registration's mails, newest first: what went out when, delivered or not, readable; and resend. */
export function MailHistory({ reg }: { reg: RegistrationAdmin }) {
  const { t, i18n } = useTranslation('outbox');
  const history = useRegistrationMails(reg.id);
  const event = useEventForAdmin(reg.eventId);
  const kindText = useMailKindText();
  // In the event's time zone, like the opt-in evidence beside it.
  const when = (iso: string) =>
    event.data ? formatDateTime(iso, event.data.timeZone, i18n.language) : formatInstant(iso, i18n.language);
  return (
    <section aria-labelledby="mail-history-heading" className="panel">
      <h2 id="mail-history-heading">{t('history.title')}</h2>
      <Resend reg={reg} />
      <QueryState query={history}>
        {({ mails, smtpConfigured }) => (
          <>
            <SecretsNotice smtpConfigured={smtpConfigured} />
            {mails.length === 0 ? (
              <p>{t('history.none')}</p>
            ) : (
              <ol className="mail-history" aria-label={t('history.listLabel', { count: mails.length })}>
                {mails.map((mail) => (
                  <li key={mail.id}>
                    <p className="mail-history-head">
                      <strong>{kindText(mail.kind)}</strong>{' '}
                      <time dateTime={mail.createdAt}>{when(mail.createdAt)}</time>
                    </p>
                    <p>
                      <MailStatus mail={mail} timeZone={event.data?.timeZone} />
                    </p>
                    <MailText mail={mail} />
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
