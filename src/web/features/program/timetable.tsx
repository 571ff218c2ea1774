import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useContentLang } from '../../components/content-language.js';
import { TableScroll } from '../../components/table-scroll.js';
import type { Programme, ProgrammeSession } from '../../../contract/program.js';
import { formatTime, SessionBody, TimeRange } from './session-details.js';

/** Renders the star of a session (or nothing for visitors who are not signed in). */
export type StarSlot = (session: ProgrammeSession) => ReactNode;

/** Sessions grouped by their start, in order. */
function byStart(sessions: readonly ProgrammeSession[]): [string, ProgrammeSession[]][] {
  const groups = new Map<string, ProgrammeSession[]>();
  for (const s of sessions) {
    groups.set(s.startsAt, [...(groups.get(s.startsAt) ?? []), s]);
  }
  return [...groups.entries()];
}

function SessionCell({
  session,
  programme,
  star,
}: {
  session: ProgrammeSession;
  programme: Programme;
  star: StarSlot;
}) {
  const lang = useContentLang();
  return (
    <div className={`session-card session-${session.type}`}>
      <p className="session-title" lang={lang}>
        <strong>{session.title}</strong>
      </p>
      <p>
        <TimeRange session={session} timeZone={programme.timeZone} />
      </p>
      <SessionBody session={session} />
      {star(session)}
    </div>
  );
}

/** The timetable on wide screens: a table with a row per start time and a column per room. */
export function TimetableTable({ programme, star }: { programme: Programme; star: StarSlot }) {
  const { t, i18n } = useTranslation('program');
  const hasUnassigned = programme.sessions.some((s) => s.room === '');
  const columns = hasUnassigned ? [...programme.rooms, ''] : programme.rooms;
  // At 1280 px and 200 % zoom (640 px) the rooms' columns are wider than the page: they scroll here.
  return (
    <TableScroll label={t('caption', { zone: programme.timeZone })}>
      <table className="timetable">
        <caption>{t('caption', { zone: programme.timeZone })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('time')}</th>
            {columns.map((room) => (
              <th scope="col" key={room || 'none'}>
                {room || t('noRoom')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {byStart(programme.sessions).map(([start, sessions]) => {
            const spansAll = sessions.every((s) => s.room === '') || columns.length === 1;
            return (
              <tr key={start}>
                <th scope="row">
                  <time dateTime={start}>{formatTime(start, programme.timeZone, i18n.language)}</time>
                </th>
                {spansAll ? (
                  <td colSpan={columns.length}>
                    {sessions.map((s) => (
                      <SessionCell key={s.id} session={s} programme={programme} star={star} />
                    ))}
                  </td>
                ) : (
                  columns.map((room) => (
                    <td key={room || 'none'}>
                      {sessions
                        .filter((s) => s.room === room)
                        .map((s) => (
                          <SessionCell key={s.id} session={s} programme={programme} star={star} />
                        ))}
                    </td>
                  ))
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The timetable on phones: a list by time, each session with its own heading. */
export function TimetableList({ programme, star }: { programme: Programme; star: StarSlot }) {
  const { t } = useTranslation('program');
  const lang = useContentLang();
  return (
    <ol className="timetable-list" aria-label={t('caption', { zone: programme.timeZone })}>
      {programme.sessions.map((session) => (
        <li key={session.id} className={`session-card session-${session.type}`}>
          <h3 lang={lang}>{session.title}</h3>
          <p>
            <TimeRange session={session} timeZone={programme.timeZone} />
            {session.room && <> · {session.room}</>}
          </p>
          <SessionBody session={session} />
          {star(session)}
        </li>
      ))}
    </ol>
  );
}
