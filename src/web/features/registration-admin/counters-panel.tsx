import { useTranslation } from 'react-i18next';
import type { RegistrationCounters } from '../../../contract/registration.js';
import { QueryState } from '../../components/query-state.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useCounters } from './api.js';

const ROWS = ['held', 'confirmed', 'pending', 'offered', 'waitlisted', 'guests', 'checkedIn'] as const;

/** The counters as a table whose last column draws each number as a bar against the capacity. */
function CountersTable({ counters }: { counters: RegistrationCounters }) {
  const { t, i18n } = useTranslation('registration-admin');
  const scale = Math.max(counters.capacity, ...ROWS.map((key) => counters[key]), 1);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <TableScroll label={t('counters.caption')}>
      <table className="counter-chart">
        <caption>{t('counters.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('counters.kind')}</th>
            <th scope="col" className="num">
              {t('counters.number')}
            </th>
            <th scope="col" className="bar-col">
              {t('counters.chart')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`counters.${key}`)}</th>
              <td className="num">
                {key === 'held'
                  ? t('counters.ofCapacity', {
                      held: number.format(counters.held),
                      capacity: number.format(counters.capacity),
                    })
                  : number.format(counters[key])}
              </td>
              <td className="bar-col" aria-hidden="true">
                <span className={`bar bar-${key}`} style={{ width: `${(counters[key] / scale) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * Live counters of an event's registrations, updated as they change. Deliberately no live region: a
 * rush changes the figures several times a second, which a screen reader must not read out each time;
 * the table is there to be read when the person chooses to.
 */
export function CountersPanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation('registration-admin');
  const { query, offline } = useCounters(eventId);
  return (
    <section aria-labelledby="counters-heading" className="counters">
      <h2 id="counters-heading">{t('counters.title')}</h2>
      <QueryState query={query}>{(data) => <CountersTable counters={data} />}</QueryState>
      <p className="hint">{t(offline ? 'counters.fallback' : 'counters.live')}</p>
    </section>
  );
}
