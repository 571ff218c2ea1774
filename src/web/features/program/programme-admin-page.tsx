import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AdminSession, ProgrammeConflict, Speaker } from '../../../contract/program.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useAdminEvent } from '../events/admin-api.js';
import { useAdminProgramme, useProgrammeChange } from './api.js';
import { formatTime } from './session-details.js';
import { SessionForm } from './session-form.js';
import { SpeakerForm } from './speaker-form.js';
import { ModerateLink } from '../live/live-link.js';

type Editing =
  | { kind: 'none' }
  | { kind: 'session'; session: AdminSession | null }
  | { kind: 'speaker'; speaker: Speaker | null };

/** Conflict warnings: a speaker or room in two places at once (announced politely, not as an error). */
function Conflicts({ conflicts, timeZone }: { conflicts: ProgrammeConflict[]; timeZone: string }) {
  const { t, i18n } = useTranslation('program');
  return (
    <div role="status" className={conflicts.length > 0 ? 'notice warning' : ''}>
      {conflicts.length > 0 && (
        <>
          <h2>{t('admin.conflictsTitle')}</h2>
          <ul>
            {conflicts.map((c) => (
              <li key={`${c.kind}-${c.subject}-${c.sessions[0].id}-${c.sessions[1].id}`}>
                {t(`admin.conflict.${c.kind}`, {
                  subject: c.subject,
                  first: c.sessions[0].title,
                  second: c.sessions[1].title,
                  time: formatTime(c.sessions[1].startsAt, timeZone, i18n.language),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** /admin/events/:id/programme: sessions, speakers and conflict warnings of one event. */
export function ProgrammeAdminPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('program');
  const event = useAdminEvent(id);
  const { sessions, speakers, conflicts } = useAdminProgramme(id);
  const remove = useProgrammeChange(id);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [done, setDone] = useState('');
  usePageTitle(t('admin.pageTitle', { title: event.data?.title ?? '' }));
  const finish = (message: string) => {
    setEditing({ kind: 'none' });
    setDone(message);
  };
  const zone = event.data?.timeZone ?? 'Europe/Berlin';
  return (
    <>
      <h1>{t('admin.pageTitle', { title: event.data?.title ?? '' })}</h1>
      <p>
        <Link to="/admin/events">{t('admin.back')}</Link>
      </p>
      <p role="status">{done}</p>
      <ErrorSummary error={remove.error} />
      <Conflicts conflicts={conflicts.data ?? []} timeZone={zone} />
      {editing.kind === 'session' && (
        <SessionForm
          eventId={id}
          session={editing.session}
          speakers={speakers.data ?? []}
          defaultStart={event.data?.startsAtLocal ?? ''}
          onDone={(title) => finish(title ? t('admin.savedSession', { title }) : '')}
        />
      )}
      {editing.kind === 'speaker' && (
        <SpeakerForm
          eventId={id}
          speaker={editing.speaker}
          onDone={(name) => finish(name ? t('admin.savedSpeaker', { name }) : '')}
        />
      )}
      <h2>{t('admin.sessions')}</h2>
      <p>
        <button type="button" onClick={() => setEditing({ kind: 'session', session: null })}>
          {t('admin.newSession')}
        </button>
      </p>
      <QueryState query={sessions}>
        {(list) => (
          <TableScroll label={t('admin.sessions')}>
            <table>
              <caption>{t('admin.sessionsCaption', { zone })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('time')}</th>
                  <th scope="col">{t('admin.title')}</th>
                  <th scope="col">{t('admin.type')}</th>
                  <th scope="col">{t('admin.room')}</th>
                  <th scope="col">{t('admin.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {formatTime(s.startsAt, zone, i18n.language)}–
                      {formatTime(s.endsAt, zone, i18n.language)}
                    </td>
                    <th scope="row">{s.title}</th>
                    <td>{t(`type.${s.type}`)}</td>
                    <td>{s.room || '–'}</td>
                    <td>
                      <div className="actions">
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => setEditing({ kind: 'session', session: s })}
                          aria-label={t('admin.editLabel', { title: s.title })}
                        >
                          {t('admin.edit')}
                        </button>
                        <ModerateLink session={s} />
                        <ConfirmAction
                          label={t('admin.delete')}
                          ariaLabel={t('admin.deleteLabel', { title: s.title })}
                          question={t('admin.deleteSessionQuestion', { title: s.title })}
                          confirmLabel={t('admin.deleteConfirm')}
                          onConfirm={() =>
                            remove.mutate(
                              { kind: 'delete-session', id: s.id },
                              { onSuccess: () => setDone(t('admin.deleted', { title: s.title })) },
                            )
                          }
                        />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </QueryState>
      <h2>{t('admin.speakers')}</h2>
      <p>
        <button type="button" onClick={() => setEditing({ kind: 'speaker', speaker: null })}>
          {t('admin.newSpeaker')}
        </button>
      </p>
      <QueryState query={speakers}>
        {(list) => (
          <ul className="speaker-admin-list">
            {list.map((s) => (
              <li key={s.id}>
                <strong>{s.name}</strong>
                {s.organization && <> ({s.organization})</>}{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setEditing({ kind: 'speaker', speaker: s })}
                  aria-label={t('admin.editLabel', { title: s.name })}
                >
                  {t('admin.edit')}
                </button>{' '}
                <ConfirmAction
                  label={t('admin.delete')}
                  ariaLabel={t('admin.deleteLabel', { title: s.name })}
                  question={t('admin.deleteSpeakerQuestion', { name: s.name })}
                  confirmLabel={t('admin.deleteConfirm')}
                  onConfirm={() =>
                    remove.mutate(
                      { kind: 'delete-speaker', id: s.id },
                      { onSuccess: () => setDone(t('admin.deleted', { title: s.name })) },
                    )
                  }
                />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}
