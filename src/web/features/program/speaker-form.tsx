import { useTranslation } from 'react-i18next';
import type { Speaker } from '../../../contract/program.js';
import { TextAreaField, TextField } from '../../components/form-fields.js';
import { useForm } from '../../components/use-form.js';
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
  const change = useProgrammeChange(eventId);
  const form = useForm(
    {
      name: speaker?.name ?? '',
      organization: speaker?.organization ?? '',
      position: speaker?.position ?? '',
      bio: speaker?.bio ?? '',
      photoUrl: speaker?.photoUrl ?? '',
      photoAlt: speaker?.photoAlt ?? '',
    },
    change.error,
  );
  const submit = form.onSubmit((body) =>
    change.mutate({ kind: 'speaker', id: speaker?.id ?? null, body }, { onSuccess: () => onDone(body.name) }),
  );
  return (
    <form onSubmit={submit} noValidate className="programme-form">
      <h2>{speaker ? t('admin.editSpeaker', { name: speaker.name }) : t('admin.newSpeaker')}</h2>
      {form.summary}
      <TextField {...form.field('name')} label={t('admin.name')} required />
      <TextField {...form.field('organization')} label={t('admin.organization')} />
      <TextField {...form.field('position')} label={t('admin.position')} />
      <TextAreaField {...form.field('bio')} label={t('admin.bio')} rows={3} />
      <TextField {...form.field('photoUrl')} type="url" label={t('admin.photoUrl')} />
      <TextField {...form.field('photoAlt')} label={t('admin.photoAlt')} hint={t('admin.photoAltHint')} />
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
