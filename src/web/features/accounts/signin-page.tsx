import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { safeNextPath, useRequestMagicLink, useSignIn } from './api.js';
import { ActionButton } from '../../components/action-button.js';

function OrganizerSignIn() {
  const { t } = useTranslation('accounts');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = signIn.error instanceof ApiError ? signIn.error.fields : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate(
      { email, password },
      {
        onSuccess: (info) => {
          const fallback = info.person?.role === 'organizer' ? '/admin' : '/me/events';
          void navigate(safeNextPath(params.get('next')) ?? fallback, { replace: true });
        },
      },
    );
  };

  return (
    <section aria-labelledby="organizer-heading" className="panel">
      <h2 id="organizer-heading">{t('signIn.organizerHeading')}</h2>
      <p>{t('signIn.organizerIntro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={signIn.error} />
        <TextField
          name="email"
          type="email"
          autoComplete="username"
          label={t('fields.email')}
          required
          value={email}
          onChange={setEmail}
          errors={errors}
        />
        <TextField
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('fields.password')}
          required
          value={password}
          onChange={setPassword}
          errors={errors}
        />
        <div className="actions">
          <ActionButton type="submit" busy={signIn.isPending}>
            {t('signIn.submit')}
          </ActionButton>
        </div>
      </form>
    </section>
  );
}

function MagicLinkRequest() {
  const { t } = useTranslation('accounts');
  const [params] = useSearchParams();
  const request = useRequestMagicLink();
  const [email, setEmail] = useState('');
  const errors = request.error instanceof ApiError ? request.error.fields : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The link brings the person back to the page where sign-in started (a path of this site only).
    const next = safeNextPath(params.get('next'));
    request.mutate(next ? { email, redirectTo: next } : { email });
  };
  return (
    <section aria-labelledby="participant-heading" className="panel">
      <h2 id="participant-heading">{t('magic.heading')}</h2>
      <p>{t('magic.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={request.error} />
        <TextField
          name="magic-email"
          type="email"
          autoComplete="email"
          label={t('fields.email')}
          required
          value={email}
          onChange={setEmail}
          errors={errors.map((f) => ({ ...f, field: f.field === 'email' ? 'magic-email' : f.field }))}
        />
        <div className="actions">
          <ActionButton type="submit" className="secondary" busy={request.isPending}>
            {t('magic.submit')}
          </ActionButton>
        </div>
      </form>
      <p role="status" className="notice-slot">
        {request.data?.message}
      </p>
    </section>
  );
}

/** /signin: organizers with password; participants ask for a one-time link. */
export function SignInPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('signIn.title'));
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <div className="two-columns">
        <OrganizerSignIn />
        <MagicLinkRequest />
      </div>
    </>
  );
}
