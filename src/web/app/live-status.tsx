import { useTranslation } from 'react-i18next';
import type { LiveStatus } from './live-client.js';

/**
 * The small connection indicator of a live page. A polite live region: a screen reader hears
 * "reconnecting" and "live again" without losing its place.
 */
export function LiveStatusBadge({ status }: { status: LiveStatus }) {
  const { t } = useTranslation('live');
  return (
    <p className={`live-status live-status-${status}`} role="status" aria-live="polite">
      <span className="live-status-dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </p>
  );
}
