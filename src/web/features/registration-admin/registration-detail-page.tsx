import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventAdmin } from '../../../contract/events.js';
import type { RegistrationAdmin } from '../../../contract/registration.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldId, TextAreaField, TextField } from '../../components/form-fields.js';
import { formatDateTime } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useEventForAdmin, useRegistration, useUpdateRegistration } from './api.js';
import { MailHistory } from './mail-history.js';
import { sectorLabel, useStatusText } from './registrations-table.js';
import { ActionButton } from '../../components/action-button.js';

const EDITABLE = ['firstName', 'lastName', 'organization', 'position', 'phone'] as const;

/** The opt-in evidence: who asked when from where, which mail went out, who confirmed when from where. */
function Evidence({ reg, event }: { reg: RegistrationAdmin; event: EventAdmin }) {
  const { t, i18n } = useTranslation('registration-admin');
  const when = (iso: string | null) => (iso ? formatDateTime(iso, event.timeZone, i18n.language) : '–');
  const rows: [string, string][] = [
    [t('detail.requestedAt'), when(reg.requestedAt)],
    [t('detail.requestIp'), reg.requestIp || '–'],
    [t('detail.optinMailSentAt'), when(reg.optinMailSentAt)],
    [t('detail.confirmedAt'), when(reg.confirmedAt)],
    [t('detail.confirmIp'), reg.confirmIp ?? '–'],
    [t('detail.cancelledAt'), when(reg.cancelledAt)],
    [t('detail.checkedInAt'), when(reg.checkedInAt)],
    [t('detail.checkInCount'), String(reg.checkInCount)],
  ];
  return (
    <section aria-labelledby="evidence-heading" className="panel">
      <h2 id="evidence-heading">{t('detail.evidence')}</h2>
      <dl className="facts reg-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function EditForm({ reg, event }: { reg: RegistrationAdmin; event: EventAdmin }) {
  const { t, i18n } = useTranslation('registration-admin');
  const update = useUpdateRegistration(reg.id);
  const [values, setValues] = useState(() => ({
    firstName: reg.firstName,
    lastName: reg.lastName,
    organization: reg.organization,
    position: reg.position,
    phone: reg.phone,
  }));
  const [sector, setSector] = useState(reg.sector);
  const [notes, setNotes] = useState(reg.notes);
  const errors = update.error instanceof ApiError ? update.error.fields : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ ...values, sector, notes });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="edit-heading">
      <h2 id="edit-heading">{t('detail.edit')}</h2>
      <ErrorSummary error={update.error} />
      {EDITABLE.map((key) => (
        <TextField
          key={key}
          name={key}
          label={t(`add.${key}`)}
          value={values[key]}
          onChange={(v) => setValues({ ...values, [key]: v })}
          errors={errors}
          required={key === 'firstName' || key === 'lastName' || key === 'organization'}
        />
      ))}
      <div className="field">
        <label htmlFor={fieldId('sector')}>{t('add.sector')}</label>
        <select id={fieldId('sector')} value={sector} onChange={(e) => setSector(e.target.value)}>
          {event.sectorDefinitions.map((s) => (
            <option key={s.key} value={s.key}>
              {sectorLabel(event, s.key, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField
        name="notes"
        label={t('add.notes')}
        value={notes}
        onChange={setNotes}
        errors={errors}
        rows={4}
      />
      <p role="status">{update.isSuccess ? t('detail.saved') : ''}</p>
      <ActionButton type="submit" busy={update.isPending}>
        {t('detail.save')}
      </ActionButton>
    </form>
  );
}

function Detail({ reg }: { reg: RegistrationAdmin }) {
  const { t } = useTranslation('registration-admin');
  const event = useEventForAdmin(reg.eventId);
  const statusText = useStatusText();
  const name = `${reg.firstName} ${reg.lastName}`;
  usePageTitle(name);
  return (
    <>
      <p>
        <Link to={`/admin/events/${reg.eventId}/registrations`}>{t('detail.back')}</Link>
      </p>
      <h1>{name}</h1>
      <dl className="facts reg-facts">
        <div>
          <dt>{t('detail.email')}</dt>
          <dd>{reg.email}</dd>
        </div>
        <div>
          <dt>{t('table.status')}</dt>
          <dd>{statusText(reg)}</dd>
        </div>
        <div>
          <dt>{t('detail.ticketCode')}</dt>
          <dd>{reg.ticketCode ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('detail.topics')}</dt>
          <dd>{reg.topics.length > 0 ? reg.topics.join(', ') : '–'}</dd>
        </div>
      </dl>
      <MailHistory reg={reg} />
      <QueryState query={event}>
        {(ev) => (
          <div className="two-columns">
            <EditForm reg={reg} event={ev} />
            <Evidence reg={reg} event={ev} />
          </div>
        )}
      </QueryState>
    </>
  );
}

/** /admin/registrations/:id: one registration, its opt-in evidence, and editing of names and notes. */
export function RegistrationDetailPage() {
  const { id = '' } = useParams();
  const registration = useRegistration(id);
  return <QueryState query={registration}>{(reg) => <Detail key={reg.id} reg={reg} />}</QueryState>;
}
