import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/error-summary.js';
import { QueryState } from '../../components/query-state.js';
import { useAvailability, useSetBlocked } from './api.js';
import { formatSlot } from './format.js';

/** The meeting slots, where the person can block times; starred sessions already count as busy. */
export function AvailabilitySection({ slug, canChange }: { slug: string; canChange: boolean }) {
  const { t, i18n } = useTranslation('meetings');
  const availability = useAvailability(slug);
  const setBlocked = useSetBlocked(slug);
  return (
    <section aria-labelledby="availability-heading">
      <h2 id="availability-heading">{t('availability.heading')}</h2>
      <p className="field-hint">{t('availability.intro')}</p>
      <ErrorSummary error={setBlocked.error} />
      <QueryState query={availability}>
        {(data) =>
          data.slots.length === 0 ? (
            <p>{t('availability.noSlots')}</p>
          ) : (
            <fieldset className="availability">
              <legend>{t('availability.legend')}</legend>
              <ul>
                {data.slots.map((slot) => {
                  const time = formatSlot(slot.startsAt, slot.endsAt, data.event.timeZone, i18n.language);
                  const id = `slot-${slot.slotId}`;
                  const note = slot.hasMeeting
                    ? t('availability.hasMeeting')
                    : slot.islandRound
                      ? t('availability.island', { title: slot.islandRound })
                      : slot.starredSession
                        ? t('availability.starred', { title: slot.starredSession })
                        : null;
                  return (
                    <li key={slot.slotId}>
                      <input
                        id={id}
                        type="checkbox"
                        checked={slot.blockedByMe}
                        disabled={!canChange}
                        // While a change is stored the box stays focusable (aria-disabled, not disabled:
                        // the focus would fall to the page body) and ignores further clicks.
                        aria-disabled={setBlocked.isPending || undefined}
                        aria-describedby={note ? `${id}-note` : undefined}
                        onChange={(e) => {
                          if (!setBlocked.isPending) {
                            setBlocked.mutate({ slotId: slot.slotId, blocked: e.target.checked });
                          }
                        }}
                      />
                      <label htmlFor={id}>{t('availability.block', { time })}</label>
                      {note && (
                        <span id={`${id}-note`} className="field-hint">
                          {' '}
                          {note}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          )
        }
      </QueryState>
    </section>
  );
}
