import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiFetch, ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useAcceptInvite } from './api.js';
import { ActionButton } from '../../components/action-button.js';

function InviteForm({ token, email }: { token: string; email: string }) {
  const { t } = useTranslation('accounts');
  const navigate = useNavigate();
  const accept = useAcceptInvite();
  const [form, setForm] = useState({ firstName: '', lastName: '', organization: '', password: '' });
  const [consent, setConsent] = useState(false);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  // The API's generic "value not allowed" says little about a missing consent: say what is needed.
  const errors = (accept.error instanceof ApiError ? accept.error.fields : []).map((f) =>
    f.field === 'privacyConsent' ? { ...f, message: t('invite.consentRequired') } : f,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate(
      { token, ...form, privacyConsent: consent },
      { onSuccess: () => void navigate('/admin', { replace: true }) },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('invite.intro', { email })}</p>
      <ErrorSummary error={accept.error} />
      <TextField
        name="firstName"
        label={t('fields.firstName')}
        autoComplete="given-name"
        required
        value={form.firstName}
        onChange={set('firstName')}
        errors={errors}
      />
      <TextField
        name="lastName"
        label={t('fields.lastName')}
        autoComplete="family-name"
        required
        value={form.lastName}
        onChange={set('lastName')}
        errors={errors}
      />
      <TextField
        name="organization"
        label={t('fields.organization')}
        autoComplete="organization"
        value={form.organization}
        onChange={set('organization')}
        errors={errors}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label={t('fields.password')}
        hint={t('invite.passwordRule')}
        required
        value={form.password}
        onChange={set('password')}
        errors={errors}
      />
      <CheckboxField
        name="privacyConsent"
        required
        checked={consent}
        onChange={setConsent}
        errors={errors}
        label={
          <>
            {t('invite.consentBefore')}{' '}
            <Link to="/privacy" target="_blank">
              {t('invite.consentLink')}
            </Link>
          </>
        }
      />
      <div className="actions">
        <ActionButton type="submit" busy={accept.isPending}>
          {t('invite.submit')}
        </ActionButton>
      </div>
    </form>
  );
}

/** /invite/:token: a new organizer sets name and password and agrees to the privacy notice. */
export function InvitePage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('invite.title'));
  const { token = '' } = useParams();
  const invite = useQuery({
    queryKey: ['invite', token],
    queryFn: () => apiFetch<{ email: string }>(`/api/v1/auth/invites/${encodeURIComponent(token)}`),
    retry: false,
  });
  return (
    <>
      <h1>{t('invite.title')}</h1>
      <QueryState query={invite}>{(data) => <InviteForm token={token} email={data.email} />}</QueryState>
    </>
  );
}
