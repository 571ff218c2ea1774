import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AdminRetrospective, FigureKey, RetrospectiveInput } from '../../../contract/retrospective.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { ActionButton } from '../../components/action-button.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { keepFocusFor } from '../../components/page-action.js';
import { TextAreaField, TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useForm } from '../../components/use-form.js';
import { useAdminRetrospective, useRetrospectiveActions, useRetrospectivePreview } from './api.js';
import { FigureChoice } from './figure-choice.js';
import { PhotoSection } from './photo-section.js';
import { QuotesFields } from './quotes-fields.js';
import { RetrospectiveArticle } from './retrospective-article.js';

type Contact = { name: string; role: string; email: string; phone: string };
const NO_CONTACT: Contact = { name: '', role: '', email: '', phone: '' };

function initialInput(r: AdminRetrospective): Required<RetrospectiveInput> & { contact: Contact } {
  return {
    headline: r.headline,
    lead: r.lead,
    body: r.body,
    reportUrl: r.reportUrl,
    contact: r.contact ?? NO_CONTACT,
    quotes: r.quotes,
    figureKeys: r.figureKeys,
  };
}

function Editor({ retro }: { retro: AdminRetrospective }) {
  const { t } = useTranslation('retrospective');
  const actions = useRetrospectiveActions(retro.event.id);
  const form = useForm(() => initialInput(retro), actions.save.error);
  const { draft: input, setDraft: setInput, set, errors } = form;
  const [showPreview, setShowPreview] = useState(false);
  const preview = useRetrospectivePreview(retro.event.id, showPreview && retro.exists);
  const [status, setStatus] = useState('');
  useEffect(() => setInput(initialInput(retro)), [retro, setInput]);

  const save = form.onSubmit((submitted) => {
    const contact = submitted.contact.name.trim() === '' ? null : submitted.contact;
    actions.save.mutate(
      { ...submitted, contact },
      { onSuccess: (saved) => setStatus(t(saved.publishedAt ? 'editor.savedDraft' : 'editor.saved')) },
    );
  });

  return (
    <>
      <p role="status" aria-live="polite" className="status-line">
        {status}
      </p>
      <p>
        {retro.publishedAt ? t('editor.isPublished') : t('editor.isDraft')}{' '}
        {retro.publishedAt && (
          <Link to={`/events/${retro.event.slug}/retrospective`}>{t('editor.viewPublic')}</Link>
        )}
      </p>
      {retro.hasUnpublishedChanges && (
        <section className="notice" aria-labelledby="retro-pending">
          <p id="retro-pending">{t('editor.pendingChanges')}</p>
          <ErrorSummary error={actions.discardDraft.error} />
          <div className="actions">
            <ActionButton
              type="button"
              busy={actions.setPublished.isPending}
              onClick={() => {
                // The notice goes away once published: the focus moves to the publish toggle.
                keepFocusFor('retro-publish-toggle');
                actions.setPublished.mutate(true, {
                  onSuccess: () => setStatus(t('editor.changesPublished')),
                });
              }}
            >
              {t('editor.publishChanges')}
            </ActionButton>
            <ConfirmAction
              label={t('editor.discardDraft')}
              question={t('editor.discardConfirm')}
              confirmLabel={t('editor.discardDraft')}
              disabled={actions.discardDraft.isPending}
              resultId="retro-publish-toggle"
              onConfirm={() =>
                actions.discardDraft.mutate(undefined, {
                  onSuccess: () => setStatus(t('editor.draftDiscarded')),
                })
              }
            />
          </div>
        </section>
      )}
      {!retro.event.isPast && <p className="notice">{t('editor.notPast')}</p>}
      <form onSubmit={save} noValidate className="retro-editor">
        {form.summary}
        <TextField {...form.field('headline')} label={t('editor.headline')} required />
        <TextAreaField {...form.field('lead')} label={t('editor.lead')} rows={3} />
        <TextAreaField
          {...form.field('body')}
          label={t('editor.body')}
          hint={t('editor.bodyHint')}
          rows={12}
        />
        <QuotesFields quotes={input.quotes} onChange={set('quotes')} errors={errors} />
        <TextField
          {...form.field('reportUrl')}
          type="url"
          label={t('editor.reportUrl')}
          hint={t('editor.reportUrlHint')}
        />
        <fieldset>
          <legend>{t('editor.contact')}</legend>
          <TextField {...form.subField('contact', 'name')} label={t('editor.contactName')} />
          <TextField {...form.subField('contact', 'role')} label={t('editor.contactRole')} />
          <TextField {...form.subField('contact', 'email')} type="email" label={t('editor.contactEmail')} />
          <TextField {...form.subField('contact', 'phone')} type="tel" label={t('editor.contactPhone')} />
        </fieldset>
        <FigureChoice
          figures={retro.figures}
          chosen={input.figureKeys}
          onChange={(keys: FigureKey[]) => set('figureKeys')(keys)}
        />
        <ActionButton type="submit" busy={actions.save.isPending}>
          {t('editor.save')}
        </ActionButton>
      </form>
      {retro.exists && retro.publishedAt && <p className="hint">{t('editor.photosLive')}</p>}
      {retro.exists && <PhotoSection photos={retro.photos} actions={actions} />}
      {retro.exists && (
        <section aria-labelledby="publish-heading">
          <h2 id="publish-heading">{t('editor.publishing')}</h2>
          <ErrorSummary error={actions.setPublished.error} />
          <div className="actions">
            <button
              type="button"
              className="secondary"
              aria-expanded={showPreview}
              onClick={() => setShowPreview((v) => !v)}
            >
              {showPreview ? t('editor.hidePreview') : t('editor.showPreview')}
            </button>
            {/* Publish and unpublish replace each other under one id: the focus follows to the new one. */}
            <ActionButton
              id="retro-publish-toggle"
              type="button"
              className={retro.publishedAt ? 'secondary' : undefined}
              busy={actions.setPublished.isPending}
              onClick={() => {
                const publish = !retro.publishedAt;
                keepFocusFor('retro-publish-toggle');
                actions.setPublished.mutate(publish, {
                  onSuccess: () => setStatus(t(publish ? 'editor.published' : 'editor.unpublished')),
                });
              }}
            >
              {retro.publishedAt ? t('editor.unpublish') : t('editor.publish')}
            </ActionButton>
          </div>
          {showPreview && (
            <div className="retro-preview" aria-label={t('editor.previewLabel')} role="region">
              <QueryState query={preview}>
                {(page) => <RetrospectiveArticle retro={page} headingLevel={2} />}
              </QueryState>
            </div>
          )}
        </section>
      )}
    </>
  );
}

/** /admin/events/:id/retrospective: write, preview and publish the retrospective. */
export function RetrospectiveEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('retrospective');
  const query = useAdminRetrospective(id);
  usePageTitle(t('editor.title'));
  return (
    <div>
      <h1>{t('editor.title')}</h1>
      <QueryState query={query}>
        {(retro) => (
          <>
            <p>
              {retro.event.title} · <Link to={`/admin/events/${id}/survey`}>{t('editor.surveyLink')}</Link>
            </p>
            <Editor retro={retro} />
          </>
        )}
      </QueryState>
    </div>
  );
}
