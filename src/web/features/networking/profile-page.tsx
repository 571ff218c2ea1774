import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { SPOKEN_LANGUAGES, type NetworkingContext, type ProfileInput } from '../../../contract/networking.js';
import { useSession } from '../../app/session.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { CheckboxField, TextAreaField, TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useForm } from '../../components/use-form.js';
import { CheckboxGroup, RadioGroup, SelectField } from '../registration/choice-fields.js';
import { useNetworkingContext, useProfileChange } from './api.js';
import { ActionButton } from '../../components/action-button.js';

type Draft = Required<Omit<ProfileInput, 'directoryConsent'>> & { directoryConsent: boolean };

function initialDraft(context: NetworkingContext): Draft {
  const p = context.profile;
  return {
    organization: p?.organization ?? context.prefill?.organization ?? '',
    sector: p?.sector ?? context.prefill?.sector ?? '',
    position: p?.position ?? context.prefill?.position ?? '',
    description: p?.description ?? '',
    offerText: p?.offerText ?? '',
    seekText: p?.seekText ?? '',
    offerTags: p?.offerTags ?? [],
    seekTags: p?.seekTags ?? [],
    topics: p?.topics ?? [],
    languages: (p?.languages ?? ['de']) as Draft['languages'],
    textLanguage: p?.textLanguage ?? 'de',
    directoryConsent: false,
  };
}

type Done = 'saved' | 'left' | null;

function ProfileForm({
  context,
  onDone,
}: {
  context: NetworkingContext;
  /** Told after a save or leave; the form itself is remounted when the membership changes. */
  onDone: (done: Done) => void;
}) {
  const { t, i18n } = useTranslation('networking');
  const change = useProfileChange(context.slug);
  const form = useForm<Draft>(() => initialDraft(context), change.error);
  const { set, errors } = form;
  const competences = context.competences.map((c) => ({ value: c.key, label: c.label }));
  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' });

  const submit = form.onSubmit(({ directoryConsent, ...fields }) => {
    onDone(null);
    const consented = context.inDirectory || context.directoryConsentGiven;
    const body: ProfileInput = consented ? fields : { ...fields, directoryConsent };
    change.mutate({ kind: 'save', body }, { onSuccess: () => onDone('saved') });
  });

  return (
    <form className="profile-form" onSubmit={submit} noValidate>
      {form.summary}
      <TextField
        {...form.field('organization')}
        label={t('editor.organization')}
        required
        autoComplete="organization"
      />
      <SelectField
        {...form.field('sector')}
        label={t('editor.sector')}
        required
        placeholder={t('editor.choose')}
        choices={context.sectors.map((s) => ({ value: s.key, label: s.label }))}
      />
      <TextField {...form.field('position')} label={t('editor.position')} autoComplete="organization-title" />
      <TextAreaField
        {...form.field('description')}
        label={t('editor.description')}
        hint={t('editor.descriptionHint')}
        rows={3}
        maxLength={1000}
      />
      <TextAreaField
        {...form.field('offerText')}
        label={t('editor.offerText')}
        hint={t('editor.offerHint')}
        rows={4}
      />
      <CheckboxGroup
        {...form.choices('offerTags')}
        legend={t('editor.offerTags')}
        hint={t('editor.tagsHint')}
        choices={competences}
      />
      <TextAreaField
        {...form.field('seekText')}
        label={t('editor.seekText')}
        hint={t('editor.seekHint')}
        rows={4}
      />
      <CheckboxGroup
        {...form.choices('seekTags')}
        legend={t('editor.seekTags')}
        hint={t('editor.tagsHint')}
        choices={competences}
      />
      {context.topics.length > 0 && (
        <CheckboxGroup
          {...form.choices('topics')}
          legend={t('editor.topics')}
          choices={context.topics.map((topic) => ({ value: topic, label: topic }))}
        />
      )}
      <CheckboxGroup
        name="languages"
        legend={t('editor.languages')}
        choices={SPOKEN_LANGUAGES.map((l) => ({ value: l, label: languageNames.of(l) ?? l }))}
        values={form.draft.languages}
        onChange={(values) => set('languages')(values as Draft['languages'])}
        errors={errors}
      />
      <RadioGroup
        name="textLanguage"
        legend={t('editor.textLanguage')}
        choices={(['de', 'en'] as const).map((l) => ({ value: l, label: languageNames.of(l) ?? l }))}
        value={form.draft.textLanguage}
        onChange={(value) => set('textLanguage')(value === 'en' ? 'en' : 'de')}
        errors={errors}
      />
      {!context.inDirectory && context.directoryConsentGiven && (
        <p className="field-hint">{t('editor.consentGiven')}</p>
      )}
      {!context.inDirectory && !context.directoryConsentGiven && (
        <CheckboxField {...form.checkbox('directoryConsent')} label={t('editor.consent')} required />
      )}
      <div className="form-actions">
        <ActionButton type="submit" busy={change.isPending}>
          {t('editor.save')}
        </ActionButton>
        {context.inDirectory && (
          <ConfirmAction
            label={t('editor.leave')}
            question={t('editor.leaveConfirm')}
            confirmLabel={t('editor.leave')}
            disabled={change.isPending}
            onConfirm={() => change.mutate({ kind: 'leave' }, { onSuccess: () => onDone('left') })}
          />
        )}
      </div>
    </form>
  );
}

function ProfileView({ context }: { context: NetworkingContext }) {
  const { t } = useTranslation('networking');
  const [done, setDone] = useState<Done>(null);
  usePageTitle(t('editor.pageTitle', { title: context.title }));
  return (
    <div className="networking-page">
      <p>
        <Link to={`/events/${context.slug}/networking`}>{t('editor.toDirectory')}</Link>
      </p>
      <h1>{t('editor.heading')}</h1>
      <p className="lead">{t('editor.intro')}</p>
      <div role="status">
        {done && (
          <p className="notice-success">
            {t(done === 'saved' ? 'editor.saved' : 'editor.left')}{' '}
            <Link to={`/events/${context.slug}/networking`}>{t('editor.toDirectory')}</Link>
          </p>
        )}
      </div>
      {context.canHaveProfile ? (
        // Keyed by membership: after leaving, the form starts again from the registration's details.
        <ProfileForm key={context.inDirectory ? 'listed' : 'new'} context={context} onDone={setDone} />
      ) : (
        <p className="notice">{t('editor.notAllowed')}</p>
      )}
    </div>
  );
}

/** /events/:slug/networking/profile: my directory profile, with the consent on joining. */
export function ProfilePage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('networking');
  const location = useLocation();
  const session = useSession();
  const context = useNetworkingContext(slug, i18n.language);
  if (session.isPending) {
    return null;
  }
  if (!session.data?.person) {
    return (
      <p>
        {t('signInHint')}{' '}
        <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>{t('signIn')}</Link>
      </p>
    );
  }
  return <QueryState query={context}>{(data) => <ProfileView context={data} />}</QueryState>;
}
