import { useTranslation } from 'react-i18next';
import type { OutboxMail } from '../../../contract/outbox.js';
import { formatDateTime, formatInstant } from '../../components/format.js';

/** What kind of mail this is, in words ("Ticket", "Bestätigungslink"); unknown kinds show their key. */
export function useMailKindText() {
  const { t } = useTranslation('outbox');
  return (kind: string) => t(`kind.${kind}`, { defaultValue: kind });
}

/** Delivered, only readable here (no mail server), waiting, retrying or failed, with the error. */
export function MailStatus({ mail, timeZone }: { mail: OutboxMail; timeZone?: string }) {
  const { t, i18n } = useTranslation('outbox');
  const when =
    mail.sentAt && timeZone
      ? formatDateTime(mail.sentAt, timeZone, i18n.language)
      : formatInstant(mail.sentAt, i18n.language);
  switch (mail.status) {
    case 'sent':
      return <span className="status mail-status-sent">{t('status.sent', { when })}</span>;
    case 'logged':
      return <span className="status mail-status-logged">{t('status.logged')}</span>;
    case 'pending':
      return (
        <>
          <span className="status mail-status-pending">
            {mail.attempts > 0 ? t('status.retrying', { count: mail.attempts }) : t('status.pending')}
          </span>
          {mail.lastError ? <MailError error={mail.lastError} /> : null}
        </>
      );
    case 'failed':
      return (
        <>
          <span className="status mail-status-failed">{t('status.failed', { count: mail.attempts })}</span>
          {mail.lastError ? <MailError error={mail.lastError} /> : null}
        </>
      );
  }
}

function MailError({ error }: { error: string }) {
  const { t } = useTranslation('outbox');
  return <span className="mail-error">{t('status.error', { error })}</span>;
}

/** The mail's text behind a disclosure, with its attachments named. */
export function MailText({ mail }: { mail: OutboxMail }) {
  const { t } = useTranslation('outbox');
  return (
    <details className="mail-text">
      <summary>{t('readText', { subject: mail.subject })}</summary>
      <pre lang={mail.locale}>{mail.textBody}</pre>
      {mail.attachments.length > 0 ? (
        <p className="hint">{t('attachments', { names: mail.attachments.join(', ') })}</p>
      ) : null}
    </details>
  );
}

/** Why links are hidden, or why they are shown: depends on whether a mail server is set up. */
export function SecretsNotice({ smtpConfigured }: { smtpConfigured: boolean }) {
  const { t } = useTranslation('outbox');
  return <p className="notice">{smtpConfigured ? t('notice.redacted') : t('notice.noSmtp')}</p>;
}
