import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useAdminEvent } from '../events/admin-api.js';
import { useTablePlan } from './api.js';
import { formatSlot } from './format.js';

/** /admin/events/:id/meetings/plan: the published table plan by slot, made for printing. */
export function TablePlanPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('meetings');
  const event = useAdminEvent(id);
  const plan = useTablePlan(id);
  const title = t('plan.title', { title: event.data?.title ?? '' });
  usePageTitle(title);
  return (
    <div className="table-plan">
      <h1>{title}</h1>
      <p className="no-print">
        <Link to={`/admin/events/${id}/meetings`}>{t('plan.back')}</Link>{' '}
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('plan.print')}
        </button>
      </p>
      <QueryState query={plan}>
        {(data) =>
          data.slots.every((s) => s.rows.length === 0) ? (
            <p>{t('plan.empty')}</p>
          ) : (
            data.slots
              .filter((s) => s.rows.length > 0)
              .map((slot) => {
                const time = formatSlot(slot.startsAt, slot.endsAt, data.event.timeZone, i18n.language);
                return (
                  <section key={slot.id} className="plan-slot" aria-labelledby={`plan-${slot.id}`}>
                    <h2 id={`plan-${slot.id}`}>
                      {time} · {slot.blockTitle}
                    </h2>
                    <table>
                      <caption>{t('plan.caption', { time, count: slot.rows.length })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('plan.table')}</th>
                          <th scope="col">{t('plan.location')}</th>
                          <th scope="col">{t('plan.personA')}</th>
                          <th scope="col">{t('plan.personB')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {slot.rows.map((row) => (
                          <tr key={row.meetingId}>
                            <th scope="row">{row.tableNumber}</th>
                            <td>{row.tableLocation || '–'}</td>
                            <td>{[row.a.name, row.a.organization].filter(Boolean).join(', ')}</td>
                            <td>{[row.b.name, row.b.organization].filter(Boolean).join(', ')}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </section>
                );
              })
          )
        }
      </QueryState>
    </div>
  );
}
