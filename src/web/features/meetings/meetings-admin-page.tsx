import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MeetingsOverview } from '../../../contract/meetings.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useAdminEvent } from '../events/admin-api.js';
import { useMeetingSetup, useMeetingsOverview } from './api.js';
import { RunSection, UnscheduledTable } from './admin-run.js';
import { MeetingSetupSections } from './admin-setup.js';
import { formatClock } from './format.js';

function Counts({ overview }: { overview: MeetingsOverview }) {
  const { t } = useTranslation('meetings');
  const keys = ['requested', 'pending', 'accepted', 'declined', 'cancelled', 'scheduled'] as const;
  return (
    <dl className="report-figures">
      {keys.map((key) => (
        <div key={key}>
          <dt>{t(`counts.${key}`)}</dt>
          <dd>{overview.counts[key]}</dd>
        </div>
      ))}
    </dl>
  );
}

function NeedsRescheduling({ overview }: { overview: MeetingsOverview }) {
  const { t, i18n } = useTranslation('meetings');
  if (overview.needsRescheduling.length === 0) {
    return null;
  }
  return (
    <div className="notice warning">
      <h3>{t('admin.needsRescheduling', { count: overview.needsRescheduling.length })}</h3>
      <ul>
        {overview.needsRescheduling.map((m) => (
          <li key={m.meetingId}>
            {t('admin.needsReschedulingEntry', {
              a: m.a.name,
              b: m.b.name,
              time: m.formerStartsAt
                ? formatClock(m.formerStartsAt, overview.event.timeZone, i18n.language)
                : '–',
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** /admin/events/:id/meetings: the organizer's 1:1 meetings of one event. */
export function MeetingsAdminPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('meetings');
  const event = useAdminEvent(id);
  const overview = useMeetingsOverview(id);
  const setup = useMeetingSetup(id);
  const title = t('admin.pageTitle', { title: event.data?.title ?? '' });
  const noTables = setup.data?.tables.length === 0;
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to="/admin/events">{t('admin.back')}</Link> ·{' '}
        <Link to={`/admin/events/${id}/meetings/plan`}>{t('admin.planLink')}</Link>
      </p>
      <QueryState query={overview}>
        {(data) => (
          <>
            <section aria-labelledby="overview-heading">
              <h2 id="overview-heading">{t('admin.overview')}</h2>
              <Counts overview={data} />
              <NeedsRescheduling overview={data} />
              <h3>{t('admin.unscheduled')}</h3>
              <UnscheduledTable
                rows={data.unscheduled}
                caption={t('admin.unscheduledCaption')}
                noTables={noTables}
              />
            </section>
            <RunSection eventId={id} overview={data} noTables={noTables} />
          </>
        )}
      </QueryState>
      <QueryState query={setup}>{(data) => <MeetingSetupSections setup={data} eventId={id} />}</QueryState>
    </>
  );
}
