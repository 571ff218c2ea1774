import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../contract/accounts.js';
import { apiFetch, ApiError } from '../../app/api.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-fields.js';
import { formatInstant } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { TableScroll } from '../../components/table-scroll.js';
import { QueryState } from '../../components/query-state.js';
import { ActionButton } from '../../components/action-button.js';

const KEY = ['admin', 'tokens'];

function NewSecret({ secret }: { secret: string }) {
  const { t } = useTranslation('admin');
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  };
  return (
    <div className="notice" role="status">
      <p>
        <strong>{t('tokens.secretOnce')}</strong>
      </p>
      <p>
        <label htmlFor="new-token-secret">{t('tokens.secretLabel')}</label>
        <input
          id="new-token-secret"
          className="secret"
          readOnly
          value={secret}
          onFocus={(e) => e.target.select()}
        />
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void copy().catch(() => setCopied(false))}>
          {t('tokens.copy')}
        </button>
        <span aria-live="polite">{copied ? t('tokens.copied') : ''}</span>
      </div>
    </div>
  );
}

function CreateToken() {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () =>
      apiFetch<ApiToken & { token: string }>('/api/v1/admin/tokens', { method: 'POST', body: { name } }),
    onSuccess: async () => {
      setName('');
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const errors = create.error instanceof ApiError ? create.error.fields : [];
  return (
    <section aria-labelledby="create-token-heading">
      <h2 id="create-token-heading">{t('tokens.createHeading')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary error={create.error} />
        <TextField
          name="name"
          label={t('tokens.name')}
          hint={t('tokens.nameHint')}
          required
          value={name}
          onChange={setName}
          errors={errors}
        />
        <div className="actions">
          <ActionButton type="submit" busy={create.isPending}>
            {t('tokens.create')}
          </ActionButton>
        </div>
      </form>
      {create.data && <NewSecret secret={create.data.token} />}
    </section>
  );
}

function TokenTable({ tokens }: { tokens: ApiToken[] }) {
  const { t, i18n } = useTranslation('admin');
  const client = useQueryClient();
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch(`/api/v1/admin/tokens/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  if (tokens.length === 0) {
    return <p>{t('tokens.none')}</p>;
  }
  return (
    <TableScroll label={t('tokens.listCaption')}>
      <ErrorSummary error={revoke.error} />
      <table>
        <caption>{t('tokens.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tokens.name')}</th>
            <th scope="col">{t('tokens.prefix')}</th>
            <th scope="col">{t('tokens.created')}</th>
            <th scope="col">{t('tokens.lastUsed')}</th>
            <th scope="col">{t('tokens.state')}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{formatInstant(token.createdAt, i18n.language)}</td>
              <td>{formatInstant(token.lastUsedAt, i18n.language)}</td>
              <td>
                {token.revokedAt ? (
                  t('tokens.revokedAt', { date: formatInstant(token.revokedAt, i18n.language) })
                ) : (
                  <ConfirmAction
                    label={t('tokens.revoke')}
                    ariaLabel={t('tokens.revokeLabel', { name: token.name })}
                    question={t('tokens.revokeQuestion', { name: token.name })}
                    confirmLabel={t('tokens.revokeConfirm')}
                    disabled={revoke.isPending}
                    onConfirm={() => revoke.mutate(token.id)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** /admin/tokens: API tokens for scripts and integrations; the secret is shown once. */
export function TokensPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('tokens.title'));
  const list = useQuery({
    queryKey: KEY,
    queryFn: () => apiFetch<{ tokens: ApiToken[] }>('/api/v1/admin/tokens').then((r) => r.tokens),
  });
  return (
    <>
      <h1>{t('tokens.title')}</h1>
      <p className="lead">{t('tokens.intro')}</p>
      <CreateToken />
      <h2>{t('tokens.listHeading')}</h2>
      <QueryState query={list}>{(tokens) => <TokenTable tokens={tokens} />}</QueryState>
    </>
  );
}
