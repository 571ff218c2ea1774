import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BRANDING_LIMITS,
  DEFAULT_BRANDING,
  type BrandingSettings,
  type BrandingUpdate,
} from '../../../contract/branding.js';
import { ApiError } from '../../app/api.js';
import { StatusText, useStatusMessage } from '../../components/announcer.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextAreaField, TextField } from '../../components/form-fields.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useBrandingActions, useBrandingSettings } from './api.js';
import { ColourField } from './colour-field.js';
import { LogoForm } from './logo-form.js';
import { ActionButton } from '../../components/action-button.js';

const TEXT_FIELDS = [
  'networkName',
  'primaryColour',
  'accentColour',
  'senderName',
  'replyTo',
  'imprintText',
  'imprintUrl',
  'privacyUrl',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
] as const satisfies readonly (keyof BrandingUpdate)[];

function formOf(settings: BrandingSettings): BrandingUpdate {
  return Object.fromEntries(TEXT_FIELDS.map((key) => [key, settings[key]])) as BrandingUpdate;
}

function SettingsForm({
  settings,
  actions,
}: {
  settings: BrandingSettings;
  actions: ReturnType<typeof useBrandingActions>;
}) {
  const { t } = useTranslation('branding');
  const [form, setForm] = useState<BrandingUpdate>(() => formOf(settings));
  const [status, say] = useStatusMessage();
  const errors = actions.save.error instanceof ApiError ? actions.save.error.fields : [];
  const field = (name: (typeof TEXT_FIELDS)[number]) => ({
    name,
    label: t(`fields.${name}.label`),
    value: form[name],
    onChange: (value: string) => setForm((current) => ({ ...current, [name]: value })),
    errors,
  });
  const hint = (name: string) => t(`fields.${name}.hint`);

  function submit(event: FormEvent) {
    event.preventDefault();
    actions.save.mutate(form, { onSuccess: () => say(t('saved')) });
  }

  return (
    <form className="form form-wide" onSubmit={submit} noValidate aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="visually-hidden">
        {t('settingsHeading')}
      </h2>
      <ErrorSummary error={actions.save.error} />
      <fieldset className="group">
        <legend>{t('groups.name')}</legend>
        <TextField
          {...field('networkName')}
          hint={t('fields.networkName.hint', { fallback: DEFAULT_BRANDING.networkName })}
          maxLength={BRANDING_LIMITS.networkNameMax}
        />
      </fieldset>
      <fieldset className="group">
        <legend>{t('groups.colours')}</legend>
        <p className="field-hint">{t('colours.intro')}</p>
        <ColourField
          {...field('primaryColour')}
          name="primaryColour"
          fallback={DEFAULT_BRANDING.primaryColour}
        />
        <ColourField
          {...field('accentColour')}
          name="accentColour"
          fallback={DEFAULT_BRANDING.accentColour}
        />
      </fieldset>
      <fieldset className="group">
        <legend>{t('groups.mail')}</legend>
        <TextField
          {...field('senderName')}
          hint={hint('senderName')}
          maxLength={BRANDING_LIMITS.senderNameMax}
        />
        <TextField {...field('replyTo')} hint={hint('replyTo')} type="email" autoComplete="off" />
      </fieldset>
      <fieldset className="group">
        <legend>{t('groups.legal')}</legend>
        <TextAreaField
          {...field('imprintText')}
          hint={hint('imprintText')}
          rows={5}
          maxLength={BRANDING_LIMITS.imprintTextMax}
        />
        <TextField {...field('imprintUrl')} hint={hint('imprintUrl')} type="url" />
        <TextField {...field('privacyUrl')} hint={hint('privacyUrl')} type="url" />
      </fieldset>
      <fieldset className="group">
        <legend>{t('groups.contact')}</legend>
        <p className="field-hint">{t('groups.contactHint')}</p>
        <TextField {...field('contactName')} maxLength={BRANDING_LIMITS.personNameMax} autoComplete="off" />
        <TextField {...field('contactRole')} maxLength={BRANDING_LIMITS.roleMax} />
        <TextField {...field('contactEmail')} type="email" autoComplete="off" />
        <TextField
          {...field('contactPhone')}
          type="tel"
          maxLength={BRANDING_LIMITS.phoneMax}
          autoComplete="off"
        />
      </fieldset>
      <div className="actions">
        <ActionButton type="submit" busy={actions.save.isPending}>
          {t('save')}
        </ActionButton>
      </div>
      <StatusText message={status} />
    </form>
  );
}

/** /admin/branding: the network's name, logo, colours, mail sender, imprint and contact person. */
export function BrandingSettingsPage() {
  const { t } = useTranslation('branding');
  usePageTitle(t('title'));
  const settings = useBrandingSettings();
  const actions = useBrandingActions();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <QueryState query={settings}>
        {(data) => (
          <>
            <SettingsForm settings={data} actions={actions} />
            <LogoForm settings={data} actions={actions} />
          </>
        )}
      </QueryState>
    </>
  );
}
