import { useTranslation } from 'react-i18next';
import {
  SESSION_TYPES,
  SPEAKER_ROLES,
  type AdminSession,
  type SpeakerRole,
  type Speaker,
} from '../../../contract/program.js';
import { fieldId, messagesFor, TextAreaField, TextField } from '../../components/form-fields.js';
import { useForm } from '../../components/use-form.js';
import { useProgrammeChange } from './api.js';
import { ActionButton } from '../../components/action-button.js';

interface Draft {
  type: AdminSession['type'];
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  room: string;
  topics: string;
  speakers: Record<string, SpeakerRole | ''>;
}

function draftOf(session: AdminSession | null, defaultStart: string): Draft {
  return {
    type: session?.type ?? 'talk',
    title: session?.title ?? '',
    description: session?.description ?? '',
    startsAt: session?.startsAtLocal ?? defaultStart,
    endsAt: session?.endsAtLocal ?? defaultStart,
    room: session?.room ?? '',
    topics: session?.topics.join(', ') ?? '',
    speakers: Object.fromEntries(session?.speakers.map((s) => [s.id, s.role]) ?? []),
  };
}

/** Creates or edits a session: type, title, description, times in the event's zone, room, topics, speakers with roles. */
export function SessionForm({
  eventId,
  session,
  speakers,
  defaultStart,
  onDone,
}: {
  eventId: string;
  session: AdminSession | null;
  speakers: Speaker[];
  defaultStart: string;
  onDone: (title: string) => void;
}) {
  const { t } = useTranslation('program');
  const change = useProgrammeChange(eventId);
  const form = useForm(() => draftOf(session, defaultStart), change.error);
  const { draft, set, errors } = form;
  const submit = form.onSubmit((submitted) => {
    const body = {
      ...submitted,
      topics: submitted.topics
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
      speakers: Object.entries(submitted.speakers)
        .filter((entry): entry is [string, SpeakerRole] => entry[1] !== '')
        .map(([speakerId, role]) => ({ speakerId, role })),
    };
    change.mutate(
      { kind: 'session', id: session?.id ?? null, body },
      { onSuccess: () => onDone(submitted.title) },
    );
  });
  const typeErrors = messagesFor(errors, 'type');
  return (
    <form onSubmit={submit} noValidate className="programme-form">
      <h2>{session ? t('admin.editSession', { title: session.title }) : t('admin.newSession')}</h2>
      {form.summary}
      <div className="field">
        <label htmlFor={fieldId('type')}>{t('admin.type')}</label>
        <select
          id={fieldId('type')}
          value={draft.type}
          onChange={(e) => set('type')(e.target.value as Draft['type'])}
          aria-invalid={typeErrors.length > 0 || undefined}
        >
          {SESSION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField {...form.field('title')} label={t('admin.title')} required />
      <TextAreaField
        {...form.field('description')}
        label={t('admin.description')}
        hint={t('admin.descriptionHint')}
        rows={4}
      />
      <TextField {...form.field('startsAt')} type="datetime-local" label={t('admin.startsAt')} required />
      <TextField {...form.field('endsAt')} type="datetime-local" label={t('admin.endsAt')} required />
      <TextField {...form.field('room')} label={t('admin.room')} />
      <TextField {...form.field('topics')} label={t('admin.topics')} hint={t('admin.topicsHint')} nested />
      <fieldset id={fieldId('speakers')} tabIndex={-1}>
        <legend>{t('admin.speakersLegend')}</legend>
        {speakers.length === 0 && <p className="field-hint">{t('admin.noSpeakers')}</p>}
        {messagesFor(errors, 'speakers', true).length > 0 && (
          <p className="field-error">{messagesFor(errors, 'speakers', true).join(' ')}</p>
        )}
        {speakers.map((speaker) => (
          <div className="field" key={speaker.id}>
            <label htmlFor={`speaker-role-${speaker.id}`}>{t('admin.roleOf', { name: speaker.name })}</label>
            <select
              id={`speaker-role-${speaker.id}`}
              value={draft.speakers[speaker.id] ?? ''}
              onChange={(e) =>
                set('speakers')({ ...draft.speakers, [speaker.id]: e.target.value as SpeakerRole | '' })
              }
            >
              <option value="">{t('admin.notInSession')}</option>
              {SPEAKER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
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
