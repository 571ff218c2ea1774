import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { personAdminSchema } from '../../../contract/privacy.js';
import { apiFetch } from '../../app/api.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { formatInstant } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { TableScroll } from '../../components/table-scroll.js';
import { QueryState } from '../../components/query-state.js';

type PersonAdmin = z.infer<typeof personAdminSchema>;

function PeopleTable({ people }: { people: PersonAdmin[] }) {
  const { t, i18n } = useTranslation('admin');
  const client = useQueryClient();
  const erase = useMutation({
    mutationFn: (person: PersonAdmin) => apiFetch(`/api/v1/admin/people/${person.id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'people'] }),
  });
  return (
    <>
      <ErrorSummary error={erase.error} />
      <p role="status">{erase.isSuccess ? t('people.erased') : ''}</p>
      {people.length === 0 ? (
        <p>{t('people.none')}</p>
      ) : (
        <TableScroll label={t('people.title')}>
          <table>
            <caption>{t('people.caption', { count: people.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('people.email')}</th>
                <th scope="col">{t('people.role')}</th>
                <th scope="col">{t('people.lastSignIn')}</th>
                <th scope="col">{t('people.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => {
                const name = t('organizers.fullName', { first: p.firstName, last: p.lastName });
                return (
                  <tr key={p.id}>
                    <th scope="row">{name}</th>
                    <td>{p.email}</td>
                    <td>{t(`people.roles.${p.role}`)}</td>
                    <td>{formatInstant(p.lastSignInAt, i18n.language)}</td>
                    <td>
                      <ConfirmAction
                        label={t('people.erase')}
                        ariaLabel={t('people.eraseLabel', { name })}
                        question={t('people.eraseQuestion', { name, email: p.email })}
                        confirmLabel={t('people.eraseConfirm')}
                        disabled={erase.isPending}
                        onConfirm={() => erase.mutate(p)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

/** /admin/people: find a person and erase their data on request (GDPR Art. 17). */
export function PeoplePage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('people.title'));
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const people = useQuery({
    queryKey: ['admin', 'people', q],
    queryFn: () =>
      apiFetch<{ people: PersonAdmin[] }>(`/api/v1/admin/people?q=${encodeURIComponent(q)}`).then(
        (r) => r.people,
      ),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQ(input.trim());
  };
  return (
    <>
      <h1>{t('people.title')}</h1>
      <p className="lead">{t('people.intro')}</p>
      <form role="search" className="form-row" onSubmit={submit}>
        <div className="field">
          <label htmlFor="people-q">{t('people.search')}</label>
          <input id="people-q" type="search" value={input} onChange={(e) => setInput(e.target.value)} />
        </div>
        <div className="actions">
          <button type="submit">{t('people.searchSubmit')}</button>
        </div>
      </form>
      <QueryState query={people}>{(list) => <PeopleTable people={list} />}</QueryState>
    </>
  );
}
