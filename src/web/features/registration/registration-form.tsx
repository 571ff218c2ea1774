import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, TextField } from '../../components/form-fields.js';
import { useRegister, type RegistrationCreated, type RegistrationForm } from './api.js';
import { LabelText } from './choice-fields.js';
import { PersonFields } from './person-fields.js';
import {
  emptyRegistration,
  fieldErrorsOf,
  groupLabelsOf,
  toCreateBody,
  withGroupLabels,
  type RegistrationDraft,
} from './registration-model.js';
import { ActionButton } from '../../components/action-button.js';

/** True when the last attempt got no answer from the server, so sending it again may be a repeat. */
function mayBeRepeat(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status >= 500;
}

/** The consents: privacy (required, with the text version), directory listing and photos (opt-in). */
function ConsentFields({
  draft,
  update,
  privacyTextVersion,
  errors,
}: {
  draft: RegistrationDraft;
  update: (patch: Partial<RegistrationDraft>) => void;
  privacyTextVersion: string;
  errors: ReturnType<typeof fieldErrorsOf>;
}) {
  const { t } = useTranslation('registration');
  return (
    <fieldset className="group consent-group">
      <legend>{t('consents.legend')}</legend>
      <CheckboxField
        name="consents.privacy"
        label={<LabelText label={t('consents.privacy')} required />}
        hint={
          <>
            <Link to="/privacy" target="_blank">
              {t('consents.privacyLink')}
            </Link>{' '}
            <small>{t('consents.privacyVersion', { version: privacyTextVersion })}</small>
          </>
        }
        required
        checked={draft.privacy}
        onChange={(privacy) => update({ privacy })}
        errors={errors}
      />
      <CheckboxField
        name="consents.directory"
        label={t('consents.directory')}
        hint={t('consents.directoryHint')}
        checked={draft.directory}
        onChange={(directory) => update({ directory })}
        errors={errors}
      />
      <CheckboxField
        name="consents.photos"
        label={t('consents.photos')}
        hint={t('consents.photosHint')}
        checked={draft.photos}
        onChange={(photos) => update({ photos })}
        errors={errors}
      />
    </fieldset>
  );
}

/** The public registration form of one event; reports the server's answer and the address used. */
export function RegistrationFormView({
  slug,
  form,
  bookedOut,
  onRegistered,
}: {
  slug: string;
  form: RegistrationForm;
  bookedOut: boolean;
  onRegistered: (result: RegistrationCreated, email: string) => void;
}) {
  const { t, i18n } = useTranslation('registration');
  const { t: tc } = useTranslation();
  const [draft, setDraft] = useState<RegistrationDraft>(emptyRegistration);
  const register = useRegister(slug);
  const lastAttempt = useRef<{ key: string; body: string } | null>(null);
  const update = (patch: Partial<RegistrationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const errors = fieldErrorsOf(register.error);
  // A new object on every render would make the summary take the focus again and again.
  const summaryError = useMemo(
    () =>
      withGroupLabels(
        register.error,
        groupLabelsOf(t('fields.topics'), form.questions, i18n.language),
        (label, message) => tc('form.errorEntry', { label, message }),
      ),
    [register.error, form.questions, i18n.language, t, tc],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = toCreateBody(draft, i18n.language);
    const json = JSON.stringify(body);
    const previous = lastAttempt.current;
    // The same submission sent again after a lost answer keeps its key, so the server registers once.
    const key =
      previous && previous.body === json && mayBeRepeat(register.error) ? previous.key : crypto.randomUUID();
    lastAttempt.current = { key, body: json };
    register.mutate({ body, key }, { onSuccess: (result) => onRegistered(result, body.email) });
  };

  return (
    <form className="form form-wide" onSubmit={submit} noValidate aria-labelledby="registration-heading">
      <ErrorSummary error={summaryError} />
      {bookedOut && <p className="notice">{t('form.waitlistNote')}</p>}
      <p className="field-hint">{t('form.requiredNote')}</p>
      <PersonFields
        draft={draft}
        update={update}
        choices={form}
        errors={errors}
        emailField={
          <TextField
            name="email"
            type="email"
            label={t('fields.email')}
            hint={t('fields.emailHint')}
            required
            autoComplete="email"
            value={draft.email}
            onChange={(email) => update({ email })}
            errors={errors}
          />
        }
      />
      <ConsentFields
        draft={draft}
        update={update}
        privacyTextVersion={form.privacyTextVersion}
        errors={errors}
      />
      <div className="actions">
        <ActionButton type="submit" busy={register.isPending}>
          {bookedOut ? t('form.submitWaitlist') : t('form.submit')}
        </ActionButton>
      </div>
      {register.isPending && (
        <p role="status" className="field-hint">
          {t('form.sending')}
        </p>
      )}
    </form>
  );
}
