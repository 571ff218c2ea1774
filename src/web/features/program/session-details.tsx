import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton } from '../../components/action-button.js';
import { useContentLang } from '../../components/content-language.js';
import type { ProgrammeSession } from '../../../contract/program.js';
import { LiveLink } from '../live/live-link.js';

/** Whether a CSS media query matches now; follows changes (rotation, resizing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
  );
}

/** A time of day in the event's zone, following the locale (14:30 / 2:30 pm). */
export function formatTime(iso: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    // German timetables write 09:00; English ones 9:00 am.
    hour: locale === 'de' ? '2-digit' : 'numeric',
    minute: '2-digit',
    hour12: locale !== 'de',
    timeZone,
  }).format(new Date(iso));
}

export function TimeRange({ session, timeZone }: { session: ProgrammeSession; timeZone: string }) {
  const { i18n } = useTranslation();
  return (
    <span className="session-time">
      <time dateTime={session.startsAt}>{formatTime(session.startsAt, timeZone, i18n.language)}</time>–
      <time dateTime={session.endsAt}>{formatTime(session.endsAt, timeZone, i18n.language)}</time>
    </span>
  );
}

/** Type, speakers with roles and the description of a session. */
export function SessionBody({ session }: { session: ProgrammeSession }) {
  const { t } = useTranslation('program');
  const lang = useContentLang();
  return (
    <>
      <p className="session-type">{t(`type.${session.type}`)}</p>
      {session.speakers.length > 0 && (
        <ul className="session-speakers">
          {session.speakers.map((s) => (
            <li key={s.id}>
              {t('speakerLine', {
                name: s.name,
                role: t(`role.${s.role}`),
                organization: s.organization || '–',
              })}
            </li>
          ))}
        </ul>
      )}
      {session.descriptionHtml && (
        // Sanitized on the server (marked + sanitize-html).
        <div
          className="prose session-description"
          lang={lang}
          dangerouslySetInnerHTML={{ __html: session.descriptionHtml }}
        />
      )}
      <LiveLink session={session} />
    </>
  );
}

/** The star of "Mein Programm": a toggle button with its state announced (aria-pressed). */
export function StarButton({
  session,
  starred,
  onToggle,
  busy,
}: {
  session: ProgrammeSession;
  starred: boolean;
  onToggle: (starred: boolean) => void;
  busy: boolean;
}) {
  const { t } = useTranslation('program');
  return (
    <ActionButton
      type="button"
      className="secondary star-button"
      aria-pressed={starred}
      busy={busy}
      onClick={() => onToggle(!starred)}
      aria-label={t('star.label', { title: session.title })}
    >
      <span aria-hidden="true">{starred ? '★' : '☆'}</span> {t('star.text')}
    </ActionButton>
  );
}
