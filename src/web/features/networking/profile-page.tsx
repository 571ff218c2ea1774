import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { SPOKEN_LANGUAGES, type NetworkingContext, type ProfileInput } from '../../../contract/networking.js';
import { ApiError } from '../../app/api.js';
import { useSession } from '../../app/session.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, TextAreaField, TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
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
  const [draft, setDraft] = useState<Draft>(() => initialDraft(context));
  const change = useProfileChange(context.slug);
  const errors = change.error instanceof ApiError ? change.error.fields : [];
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft({ ...draft, [key]: value });
  const competences = context.competences.map((c) => ({ value: c.key, label: c.label }));
  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' });

  function submit(event: FormEvent) {
    event.preventDefault();
    onDone(null);
    const { directoryConsent, ...fields } = draft;
    const consented = context.inDirectory || context.directoryConsentGiven;
    const body: ProfileInput = consented ? fields : { ...fields, directoryConsent };
    change.mutate({ kind: 'save', body }, { onSuccess: () => onDone('saved') });
  }

  return (
    <form className="profile-form" onSubmit={submit} noValidate>
      <ErrorSummary error={change.error} />
      <TextField
        name="organization"
        label={t('editor.organization')}
        required
        value={draft.organization}
        onChange={set('organization')}
        errors={errors}
        autoComplete="organization"
      />
      <SelectField
        name="sector"
        label={t('editor.sector')}
        required
        placeholder={t('editor.choose')}
        value={draft.sector}
        onChange={set('sector')}
        choices={context.sectors.map((s) => ({ value: s.key, label: s.label }))}
        errors={errors}
      />
      <TextField
        name="position"
        label={t('editor.position')}
        value={draft.position}
        onChange={set('position')}
        errors={errors}
        autoComplete="organization-title"
      />
      <TextAreaField
        name="description"
        label={t('editor.description')}
        hint={t('editor.descriptionHint')}
        value={draft.description}
        onChange={set('description')}
        errors={errors}
        rows={3}
        maxLength={1000}
      />
      <TextAreaField
        name="offerText"
        label={t('editor.offerText')}
        hint={t('editor.offerHint')}
        value={draft.offerText}
        onChange={set('offerText')}
        errors={errors}
        rows={4}
      />
      <CheckboxGroup
        name="offerTags"
        legend={t('editor.offerTags')}
        hint={t('editor.tagsHint')}
        choices={competences}
        values={draft.offerTags}
        onChange={set('offerTags')}
        errors={errors}
      />
      <TextAreaField
        name="seekText"
        label={t('editor.seekText')}
        hint={t('editor.seekHint')}
        value={draft.seekText}
        onChange={set('seekText')}
        errors={errors}
        rows={4}
      />
      <CheckboxGroup
        name="seekTags"
        legend={t('editor.seekTags')}
        hint={t('editor.tagsHint')}
        choices={competences}
        values={draft.seekTags}
        onChange={set('seekTags')}
        errors={errors}
      />
      {context.topics.length > 0 && (
        <CheckboxGroup
          name="topics"
          legend={t('editor.topics')}
          choices={context.topics.map((topic) => ({ value: topic, label: topic }))}
          values={draft.topics}
          onChange={set('topics')}
          errors={errors}
        />
      )}
      <CheckboxGroup
        name="languages"
        legend={t('editor.languages')}
        choices={SPOKEN_LANGUAGES.map((l) => ({ value: l, label: languageNames.of(l) ?? l }))}
        values={draft.languages}
        onChange={(values) => set('languages')(values as Draft['languages'])}
        errors={errors}
      />
      <RadioGroup
        name="textLanguage"
        legend={t('editor.textLanguage')}
        choices={(['de', 'en'] as const).map((l) => ({ value: l, label: languageNames.of(l) ?? l }))}
        value={draft.textLanguage}
        onChange={(value) => set('textLanguage')(value === 'en' ? 'en' : 'de')}
        errors={errors}
      />
      {!context.inDirectory && context.directoryConsentGiven && (
        <p className="field-hint">{t('editor.consentGiven')}</p>
      )}
      {!context.inDirectory && !context.directoryConsentGiven && (
        <CheckboxField
          name="directoryConsent"
          label={t('editor.consent')}
          required
          checked={draft.directoryConsent}
          onChange={set('directoryConsent')}
          errors={errors}
        />
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
