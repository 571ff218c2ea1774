import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventAdmin } from '../../../contract/events.js';
import type { RegistrationAdmin } from '../../../contract/registration.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import {
  CheckboxField,
  fieldId,
  messagesFor,
  TextAreaField,
  TextField,
} from '../../components/form-fields.js';
import { useAddRegistration, useCounters } from './api.js';
import { sectorLabel } from './registrations-table.js';
import { ActionButton } from '../../components/action-button.js';

const EMPTY = {
  firstName: '',
  lastName: '',
  email: '',
  organization: '',
  position: '',
  phone: '',
  notes: '',
};
type TextKey = keyof typeof EMPTY;

/** "Add participant": a person entered by the organizer, confirmed at once, optionally as a guest. */
export function AddParticipantForm({
  event,
  onAdded,
}: {
  event: EventAdmin;
  onAdded: (registration: RegistrationAdmin) => void;
}) {
  const { t, i18n } = useTranslation('registration-admin');
  const add = useAddRegistration(event.id);
  const [values, setValues] = useState(EMPTY);
  // No default: the organizer chooses the sector (a silent first entry skewed the sector figures).
  const [sector, setSector] = useState('');
  const [locale, setLocale] = useState<'de' | 'en'>('de');
  const [isGuest, setIsGuest] = useState(false);
  const [sendMail, setSendMail] = useState(true);
  const errors = add.error instanceof ApiError ? add.error.fields : [];
  const counters = useCounters(event.id).query.data;
  // Said before adding: with no public seat left the person goes to the waitlist (guests do not).
  const toWaitlist = !isGuest && counters !== undefined && counters.held >= counters.capacity;
  const text = (key: TextKey, required = false, type = 'text') => (
    <TextField
      name={key}
      label={t(`add.${key}`)}
      value={values[key]}
      onChange={(v) => setValues({ ...values, [key]: v })}
      errors={errors}
      required={required}
      type={type}
    />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { notes, ...fields } = values;
    add.mutate(
      { ...fields, notes, sector, locale, isGuest, sendMail },
      {
        onSuccess: (reg) => {
          setValues(EMPTY);
          setSector('');
          setIsGuest(false);
          onAdded(reg);
        },
      },
    );
  };
  const sectorErrors = messagesFor(errors, 'sector');
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary error={add.error} />
      <div className="form-row">
        {text('firstName', true)}
        {text('lastName', true)}
      </div>
      <div className="form-row">
        {text('email', true, 'email')}
        {text('organization', true)}
      </div>
      <div className="form-row">
        {text('position')}
        {text('phone', false, 'tel')}
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={fieldId('sector')}>
            <span className="label-text">{t('add.sector')}</span>
            <span className="required-mark"> ({t('common:form.required')})</span>
          </label>
          {sectorErrors.length > 0 && (
            <p id={`${fieldId('sector')}-error`} className="field-error">
              {sectorErrors.join(' ')}
            </p>
          )}
          <select
            id={fieldId('sector')}
            value={sector}
            required
            aria-invalid={sectorErrors.length > 0 || undefined}
            aria-describedby={sectorErrors.length > 0 ? `${fieldId('sector')}-error` : undefined}
            onChange={(e) => setSector(e.target.value)}
          >
            <option value="">{t('add.sectorChoose')}</option>
            {event.sectorDefinitions.map((s) => (
              <option key={s.key} value={s.key}>
                {sectorLabel(event, s.key, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={fieldId('locale')}>{t('add.locale')}</label>
          <select
            id={fieldId('locale')}
            value={locale}
            onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : 'de')}
          >
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </div>
      </div>
      <CheckboxField
        name="isGuest"
        label={t('add.isGuest')}
        hint={t('add.isGuestHint')}
        checked={isGuest}
        onChange={setIsGuest}
        errors={errors}
      />
      <CheckboxField name="sendMail" label={t('add.sendMail')} checked={sendMail} onChange={setSendMail} />
      <TextAreaField
        name="notes"
        label={t('add.notes')}
        value={values.notes}
        onChange={(v) => setValues({ ...values, notes: v })}
        errors={errors}
        rows={2}
      />
      {toWaitlist && (
        <p className="notice" id="add-waitlist-note">
          {t('add.fullNote', { position: (counters?.waitlisted ?? 0) + 1 })}
        </p>
      )}
      <ActionButton
        type="submit"
        busy={add.isPending}
        aria-describedby={toWaitlist ? 'add-waitlist-note' : undefined}
      >
        {toWaitlist ? t('add.submitWaitlist') : t('add.submit')}
      </ActionButton>
    </form>
  );
}
