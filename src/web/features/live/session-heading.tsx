import { useTranslation } from 'react-i18next';
import type { LiveSession } from '../../../contract/qa.js';
import { formatTime } from '../program/session-details.js';

/** The h1 of a live page (its purpose and the session's title) with event, time and room below. */
export function SessionHeading({ data, purpose }: { data: LiveSession; purpose: string }) {
  const { i18n } = useTranslation();
  const { session, event } = data;
  const zone = event.timeZone;
  const times = `${formatTime(session.startsAt, zone, i18n.language)}–${formatTime(session.endsAt, zone, i18n.language)}`;
  return (
    <header className="live-heading">
      <p className="live-purpose">{purpose}</p>
      <h1 lang={event.contentLanguage}>{session.title}</h1>
      <p className="meta">{[event.title, times, session.room].filter(Boolean).join(' · ')}</p>
    </header>
  );
}
