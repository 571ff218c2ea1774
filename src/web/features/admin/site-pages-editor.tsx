import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../contract/locale.js';
import { SITE_PAGE_KEYS, type SitePage, type SitePageKey } from '../../../contract/site-pages.js';
import { apiFetch, ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextAreaField, TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { ActionButton } from '../../components/action-button.js';

export const SITE_PAGE_PATHS: Record<SitePageKey, string> = {
  imprint: '/imprint',
  privacy: '/privacy',
  accessibility: '/accessibility',
};

function PageForm({ page }: { page: SitePage }) {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const [title, setTitle] = useState(page.title);
  const [body, setBody] = useState(page.body);
  const save = useMutation({
    mutationFn: () =>
      apiFetch<SitePage>(`/api/v1/admin/pages/${page.key}`, {
        method: 'PUT',
        body: { locale: page.locale, title, body },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['site-page', page.key] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const errors = save.error instanceof ApiError ? save.error.fields : [];
  return (
    <form className="form form-wide" onSubmit={submit} noValidate lang={page.locale}>
      <ErrorSummary error={save.error} />
      <TextField
        name="title"
        label={t('pages.pageTitle')}
        required
        value={title}
        onChange={setTitle}
        errors={errors}
      />
      <TextAreaField
        name="body"
        label={t('pages.body')}
        hint={t('pages.bodyHint')}
        required
        rows={16}
        value={body}
        onChange={setBody}
        errors={errors}
      />
      <div className="actions">
        <ActionButton type="submit" busy={save.isPending}>
          {t('pages.save')}
        </ActionButton>
        <Link to={SITE_PAGE_PATHS[page.key]}>{t('pages.view')}</Link>
      </div>
      <p role="status">{save.isSuccess ? t('pages.saved', { version: save.data.version }) : ''}</p>
    </form>
  );
}

/** /admin/pages: imprint, privacy notice and accessibility statement, per language (Markdown). */
export function SitePagesEditor() {
  const { t } = useTranslation('admin');
  usePageTitle(t('pages.title'));
  const [key, setKey] = useState<SitePageKey>('imprint');
  const [locale, setLocale] = useState<Locale>('de');
  const page = useQuery({
    queryKey: ['site-page', key, locale],
    queryFn: () => apiFetch<SitePage>(`/api/v1/pages/${key}?lang=${locale}`),
  });
  return (
    <>
      <h1>{t('pages.title')}</h1>
      <div className="form-row">
        <div className="field">
          <label htmlFor="page-key">{t('pages.which')}</label>
          <select id="page-key" value={key} onChange={(e) => setKey(e.target.value as SitePageKey)}>
            {SITE_PAGE_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`common:footer.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="page-locale">{t('pages.language')}</label>
          <select id="page-locale" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`common:language.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryState query={page}>
        {(data) => <PageForm key={`${data.key}-${data.locale}`} page={data} />}
      </QueryState>
    </>
  );
}
