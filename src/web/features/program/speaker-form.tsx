import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Speaker } from '../../../contract/program.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextAreaField, TextField } from '../../components/form-fields.js';
import { useProgrammeChange } from './api.js';
import { ActionButton } from '../../components/action-button.js';

/** Creates or edits a speaker; a photo needs its alternative text. */
export function SpeakerForm({
  eventId,
  speaker,
  onDone,
}: {
  eventId: string;
  speaker: Speaker | null;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation('program');
  const [draft, setDraft] = useState({
    name: speaker?.name ?? '',
    organization: speaker?.organization ?? '',
    position: speaker?.position ?? '',
    bio: speaker?.bio ?? '',
    photoUrl: speaker?.photoUrl ?? '',
    photoAlt: speaker?.photoAlt ?? '',
  });
  const change = useProgrammeChange(eventId);
  const errors = change.error instanceof ApiError ? change.error.fields : [];
  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate(
      { kind: 'speaker', id: speaker?.id ?? null, body: draft },
      { onSuccess: () => onDone(draft.name) },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="programme-form">
      <h2>{speaker ? t('admin.editSpeaker', { name: speaker.name }) : t('admin.newSpeaker')}</h2>
      <ErrorSummary error={change.error} />
      <TextField
        name="name"
        label={t('admin.name')}
        required
        value={draft.name}
        onChange={set('name')}
        errors={errors}
      />
      <TextField
        name="organization"
        label={t('admin.organization')}
        value={draft.organization}
        onChange={set('organization')}
        errors={errors}
      />
      <TextField
        name="position"
        label={t('admin.position')}
        value={draft.position}
        onChange={set('position')}
        errors={errors}
      />
      <TextAreaField
        name="bio"
        label={t('admin.bio')}
        value={draft.bio}
        onChange={set('bio')}
        errors={errors}
        rows={3}
      />
      <TextField
        name="photoUrl"
        type="url"
        label={t('admin.photoUrl')}
        value={draft.photoUrl}
        onChange={set('photoUrl')}
        errors={errors}
      />
      <TextField
        name="photoAlt"
        label={t('admin.photoAlt')}
        hint={t('admin.photoAltHint')}
        value={draft.photoAlt}
        onChange={set('photoAlt')}
        errors={errors}
      />
      <div className="actions">
        <ActionButton type="submit" busy={change.isPending}>
          {t('admin.save')}
        </ActionButton>
        <button type="button" className="secondary" onClick={() => onDone('')}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
