import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../contract/accounts.js';
import { apiFetch } from '../../app/api.js';
import { SESSION_QUERY_KEY, useSession } from '../../app/session.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { usePageTitle } from '../../components/page-title.js';
import { useSignOut } from '../accounts/api.js';
import { ActionButton } from '../../components/action-button.js';

function MyData({ person }: { person: Person }) {
  const { t } = useTranslation('accounts');
  const navigate = useNavigate();
  const client = useQueryClient();
  const signOut = useSignOut();
  const remove = useMutation({
    mutationFn: () => apiFetch('/api/v1/me', { method: 'DELETE' }),
    onSuccess: async () => {
      client.removeQueries({ queryKey: ['admin'] });
      await client.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
      void navigate('/', { replace: true });
    },
  });
  return (
    <>
      <section aria-labelledby="who-heading">
        <h2 id="who-heading">{t('me.who')}</h2>
        <dl className="facts">
          <dt>{t('fields.name')}</dt>
          <dd>{t('me.fullName', { first: person.firstName, last: person.lastName })}</dd>
          <dt>{t('fields.email')}</dt>
          <dd>{person.email}</dd>
          {person.organization && (
            <>
              <dt>{t('fields.organization')}</dt>
              <dd>{person.organization}</dd>
            </>
          )}
          <dt>{t('me.role')}</dt>
          <dd>{t(`me.roles.${person.role}`)}</dd>
        </dl>
      </section>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('me.exportHeading')}</h2>
        <p>{t('me.exportIntro')}</p>
        <p>
          <a className="button secondary" href="/api/v1/me/export" download>
            {t('me.export')}
          </a>
        </p>
      </section>
      <section aria-labelledby="signout-heading">
        <h2 id="signout-heading">{t('me.signOutHeading')}</h2>
        <ErrorSummary error={signOut.error} />
        <ActionButton
          type="button"
          className="secondary"
          busy={signOut.isPending}
          onClick={() =>
            signOut.mutate(undefined, { onSuccess: () => void navigate('/', { replace: true }) })
          }
        >
          {t('common:nav.signOut')}
        </ActionButton>
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t('me.deleteHeading')}</h2>
        <p>{t('me.deleteIntro')}</p>
        <ErrorSummary error={remove.error} />
        <ConfirmAction
          label={t('me.delete')}
          question={t('me.deleteQuestion')}
          confirmLabel={t('me.deleteConfirm')}
          disabled={remove.isPending}
          onConfirm={() => remove.mutate()}
        />
      </section>
    </>
  );
}

/** /me: "Meine Daten": who I am, download my data, delete my account, sign out. */
export function MyDataPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('me.title'));
  const session = useSession();
  const person = session.data?.person;
  return (
    <>
      <h1>{t('me.title')}</h1>
      {session.isPending && <p role="status">{t('common:loading')}</p>}
      {!session.isPending && !person && (
        <p>
          {t('me.signedOut')} <Link to="/signin?next=/me">{t('common:nav.signIn')}</Link>
        </p>
      )}
      {person && <MyData person={person} />}
    </>
  );
}
