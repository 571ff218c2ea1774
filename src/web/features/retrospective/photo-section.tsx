import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PHOTO_TYPES,
  RETROSPECTIVE_LIMITS,
  type Photo,
  type PhotoType,
} from '../../../contract/retrospective.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-fields.js';
import type { useRetrospectiveActions } from './api.js';
import { PhotoList } from './photo-list.js';
import { ActionButton } from '../../components/action-button.js';

type Actions = ReturnType<typeof useRetrospectiveActions>;

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

/** Upload (JPEG, PNG, WebP; alt text required) and the list of the retrospective's photos to edit and order. */
export function PhotoSection({ photos, actions }: { photos: Photo[]; actions: Actions }) {
  const { t } = useTranslation('retrospective');
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [caption, setCaption] = useState('');
  const [fileKey, setFileKey] = useState(0);
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = actions.upload.error instanceof ApiError ? actions.upload.error.fields : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setLocalError(null);
    if (!file) {
      setLocalError(t('photos.chooseFile'));
      return;
    }
    const type = (PHOTO_TYPES as readonly string[]).includes(file.type)
      ? (file.type as PhotoType)
      : 'image/jpeg';
    const dataBase64 = await readBase64(file);
    actions.upload.mutate(
      { contentType: type, dataBase64, alt, caption },
      {
        onSuccess: () => {
          setFile(null);
          setAlt('');
          setCaption('');
          setFileKey((k) => k + 1);
        },
      },
    );
  }

  return (
    <section aria-labelledby="photos-heading" className="retro-editor-photos">
      <h2 id="photos-heading">{t('photos.heading')}</h2>
      <PhotoList photos={photos} actions={actions} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary error={actions.upload.error} />
        {localError && (
          <p role="alert" className="error">
            {localError}
          </p>
        )}
        <div className="field">
          <label htmlFor="photo-file">{t('photos.file')}</label>
          <p className="hint" id="photo-file-hint">
            {t('photos.fileHint', { maximum: RETROSPECTIVE_LIMITS.photoBytesMax / (1024 * 1024) })}
          </p>
          <input
            key={fileKey}
            id="photo-file"
            name="dataBase64"
            type="file"
            accept={PHOTO_TYPES.join(',')}
            aria-describedby="photo-file-hint"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <TextField
          name="alt"
          label={t('photos.alt')}
          hint={t('photos.altHint')}
          value={alt}
          onChange={setAlt}
          errors={errors}
          required
        />
        <TextField
          name="caption"
          label={t('photos.caption')}
          value={caption}
          onChange={setCaption}
          errors={errors}
        />
        <ActionButton type="submit" busy={actions.upload.isPending}>
          {t('photos.upload')}
        </ActionButton>
      </form>
    </section>
  );
}
