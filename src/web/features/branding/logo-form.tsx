import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BRANDING_LIMITS,
  LOGO_TYPES,
  type BrandingSettings,
  type LogoType,
} from '../../../contract/branding.js';
import { ApiError } from '../../app/api.js';
import { StatusText, useStatusMessage } from '../../components/announcer.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-fields.js';
import type { useBrandingActions } from './api.js';
import { ActionButton } from '../../components/action-button.js';

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The logo: the current one with its alt text, upload (PNG or JPEG, alt text required) and removal. */
export function LogoForm({
  settings,
  actions,
}: {
  settings: BrandingSettings;
  actions: ReturnType<typeof useBrandingActions>;
}) {
  const { t } = useTranslation('branding');
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState(settings.logo?.alt ?? '');
  const [fileKey, setFileKey] = useState(0);
  const [localError, setLocalError] = useState<string | null>(null);
  const [status, say] = useStatusMessage();
  const errors = actions.uploadLogo.error instanceof ApiError ? actions.uploadLogo.error.fields : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setLocalError(null);
    if (!file) {
      setLocalError(t('logo.chooseFile'));
      return;
    }
    const contentType = (LOGO_TYPES as readonly string[]).includes(file.type)
      ? (file.type as LogoType)
      : 'image/png';
    const dataBase64 = await readBase64(file);
    actions.uploadLogo.mutate(
      { contentType, dataBase64, alt },
      {
        onSuccess: () => {
          setFile(null);
          setFileKey((k) => k + 1);
          say(t('logo.uploaded'));
        },
      },
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form" aria-labelledby="logo-heading">
      <h2 id="logo-heading">{t('logo.heading')}</h2>
      <ErrorSummary error={actions.uploadLogo.error ?? actions.removeLogo.error} />
      {localError && (
        <p role="alert" className="error">
          {localError}
        </p>
      )}
      {settings.logo ? (
        <div className="brand-logo-preview">
          <img src={settings.logo.url} alt={settings.logo.alt} />
          <ActionButton
            type="button"
            className="secondary"
            busy={actions.removeLogo.isPending}
            onClick={() => actions.removeLogo.mutate(undefined, { onSuccess: () => say(t('logo.removed')) })}
          >
            {t('logo.remove')}
          </ActionButton>
        </div>
      ) : (
        <p>{t('logo.none')}</p>
      )}
      <div className="field">
        <label htmlFor="field-dataBase64">{t('logo.file')}</label>
        <p className="field-hint" id="logo-file-hint">
          {t('logo.fileHint', { maximum: BRANDING_LIMITS.logoBytesMax / 1024 })}
        </p>
        <input
          key={fileKey}
          id="field-dataBase64"
          name="dataBase64"
          type="file"
          accept={LOGO_TYPES.join(',')}
          aria-describedby="logo-file-hint"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <TextField
        name="alt"
        label={t('logo.alt')}
        hint={t('logo.altHint')}
        value={alt}
        onChange={setAlt}
        errors={errors}
        maxLength={BRANDING_LIMITS.altMax}
        required
      />
      <div className="actions">
        <ActionButton type="submit" busy={actions.uploadLogo.isPending}>
          {t('logo.upload')}
        </ActionButton>
      </div>
      <StatusText message={status} />
    </form>
  );
}
