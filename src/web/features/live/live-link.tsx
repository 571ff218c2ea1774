import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionType } from '../../../contract/program.js';

/** Session types where the audience may ask and vote (not breaks, networking blocks or island rounds). */
const LIVE_TYPES: readonly SessionType[] = ['keynote', 'panel', 'talk', 'other'];

/** The programme's link to a session's live page (its title in the link text for screen readers). */
export function LiveLink({ session }: { session: { id: string; type: SessionType; title: string } }) {
  const { t } = useTranslation('live-qa');
  if (!LIVE_TYPES.includes(session.type)) {
    return null;
  }
  return (
    <p className="live-link">
      {/* The name starts with the visible words (label in name) and tells the links apart. */}
      <Link
        to={`/sessions/${session.id}/live`}
        aria-label={`${t('page.programLink')} ${t('page.programLinkFor', { title: session.title })}`}
      >
        {t('page.programLink')}
      </Link>
    </p>
  );
}

/** The programme editor's link to a session's live moderation (none for breaks and other non-live types). */
export function ModerateLink({ session }: { session: { id: string; type: SessionType; title: string } }) {
  const { t } = useTranslation('live-qa');
  if (!LIVE_TYPES.includes(session.type)) {
    return null;
  }
  return (
    <Link
      to={`/sessions/${session.id}/moderate`}
      className="button secondary"
      aria-label={`${t('page.moderateLink')} ${t('page.programLinkFor', { title: session.title })}`}
    >
      {t('page.moderateLink')}
    </Link>
  );
}
