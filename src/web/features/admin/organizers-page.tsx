import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../contract/accounts.js';
import type { Locale } from '../../../contract/locale.js';
import { apiFetch, ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-fields.js';
import { formatInstant } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { TableScroll } from '../../components/table-scroll.js';
import { QueryState } from '../../components/query-state.js';
import { ActionButton } from '../../components/action-button.js';

interface Invite {
  id: string;
  email: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

const KEY = ['admin', 'organizers'];

function InviteForm() {
  const { t, i18n } = useTranslation('admin');
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [locale, setLocale] = useState<Locale>(i18n.language === 'en' ? 'en' : 'de');
  const invite = useMutation({
    mutationFn: () =>
      apiFetch<Invite>('/api/v1/admin/organizers/invites', { method: 'POST', body: { email, locale } }),
    onSuccess: async () => {
      setEmail('');
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate();
  };
  const errors = invite.error instanceof ApiError ? invite.error.fields : [];
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('organizers.inviteHeading')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={invite.error} />
        <TextField
          name="email"
          type="email"
          label={t('organizers.email')}
          required
          value={email}
          onChange={setEmail}
          errors={errors}
        />
        <div className="field">
          <label htmlFor="invite-locale">{t('organizers.language')}</label>
          <select
            id="invite-locale"
            value={locale}
            onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : 'de')}
          >
            <option value="de">{t('common:language.de')}</option>
            <option value="en">{t('common:language.en')}</option>
          </select>
        </div>
        <div className="actions">
          <ActionButton type="submit" busy={invite.isPending}>
            {t('organizers.inviteSubmit')}
          </ActionButton>
        </div>
      </form>
      <p role="status">{invite.data ? t('organizers.invited', { email: invite.data.email }) : ''}</p>
    </section>
  );
}

/** /admin/organizers: who organizes, open invitations, and inviting one more. */
export function OrganizersPage() {
  const { t, i18n } = useTranslation('admin');
  usePageTitle(t('organizers.title'));
  const list = useQuery({
    queryKey: KEY,
    queryFn: () => apiFetch<{ organizers: Person[]; invites: Invite[] }>('/api/v1/admin/organizers'),
  });
  return (
    <>
      <h1>{t('organizers.title')}</h1>
      <QueryState query={list}>
        {({ organizers, invites }) => (
          <>
            <TableScroll label={t('organizers.listCaption')}>
              <table>
                <caption>{t('organizers.listCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('organizers.name')}</th>
                    <th scope="col">{t('organizers.email')}</th>
                    <th scope="col">{t('organizers.organization')}</th>
                  </tr>
                </thead>
                <tbody>
                  {organizers.map((p) => (
                    <tr key={p.id}>
                      <td>{t('organizers.fullName', { first: p.firstName, last: p.lastName })}</td>
                      <td>{p.email}</td>
                      <td>{p.organization}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <h2>{t('organizers.invitesHeading')}</h2>
            {invites.length === 0 ? (
              <p>{t('organizers.noInvites')}</p>
            ) : (
              <TableScroll label={t('organizers.invitesHeading')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('organizers.email')}</th>
                      <th scope="col">{t('organizers.invitedAt')}</th>
                      <th scope="col">{t('organizers.expiresAt')}</th>
                      <th scope="col">{t('organizers.state')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {invites.map((i) => (
                      <tr key={i.id}>
                        <td>{i.email}</td>
                        <td>{formatInstant(i.createdAt, i18n.language)}</td>
                        <td>{formatInstant(i.expiresAt, i18n.language)}</td>
                        <td>{i.acceptedAt ? t('organizers.accepted') : t('organizers.open')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </>
        )}
      </QueryState>
      <InviteForm />
    </>
  );
}
