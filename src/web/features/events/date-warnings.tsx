import { useTranslation } from 'react-i18next';
import type { EventAdmin } from '../../../contract/events.js';

/** The date check: what of the event lies in the past, as a visible warning (nothing when all lies ahead). */
export function DateWarnings({ event }: { event: Pick<EventAdmin, 'dateWarnings'> }) {
  const { t } = useTranslation('event-form');
  if (event.dateWarnings.length === 0) {
    return null;
  }
  return (
    <div className="notice warning date-warnings">
      <p>
        <strong>{t('dateWarnings.title')}</strong>
      </p>
      <ul>
        {event.dateWarnings.map((warning) => (
          <li key={warning}>{t(`dateWarnings.${warning}`)}</li>
        ))}
      </ul>
    </div>
  );
}
