import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRun, MeetingsOverview, Unscheduled } from '../../../contract/meetings.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TableScroll } from '../../components/table-scroll.js';
import { useMeetingRun, useRunAction } from './api.js';
import { formatClock } from './format.js';
import { ActionButton } from '../../components/action-button.js';

/** Accepted meetings without a place, each with the reason in words. */
export function UnscheduledTable({
  rows,
  caption,
  noTables = false,
}: {
  rows: Unscheduled[];
  caption: string;
  /** The event has no tables at all: "no table free" would send the organizer looking for a full one. */
  noTables?: boolean;
}) {
  const { t } = useTranslation('meetings');
  if (rows.length === 0) {
    return <p>{t('report.allScheduled')}</p>;
  }
  return (
    <TableScroll label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.personA')}</th>
            <th scope="col">{t('report.personB')}</th>
            <th scope="col">{t('report.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.meetingId}>
              <td>{[u.a.name, u.a.organization].filter(Boolean).join(', ')}</td>
              <td>{[u.b.name, u.b.organization].filter(Boolean).join(', ')}</td>
              <td>
                {t(noTables && u.reason === 'no-free-table' ? 'reason.no-tables-yet' : `reason.${u.reason}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function RunReportView({ run, noTables }: { run: MeetingRun; noTables: boolean }) {
  const { t } = useTranslation('meetings');
  const report = run.report;
  if (!report) {
    return null;
  }
  const figures: [string, string | number][] = [
    ['requested', report.requested],
    ['accepted', report.accepted],
    ['kept', report.kept],
    ['newlyScheduled', report.newlyScheduled],
    ['scheduled', report.scheduled],
    ['upperBound', report.upperBound],
    ['idleGaps', report.idleGaps ?? '–'],
    ['duration', t('report.durationValue', { ms: report.durationMs })],
  ];
  return (
    <>
      <dl className="report-figures">
        {figures.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`report.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <UnscheduledTable
        rows={report.unscheduled}
        caption={t('report.unscheduledCaption')}
        noTables={noTables}
      />
    </>
  );
}

/** Run the scheduler as a draft, watch its progress, review the report, publish. */
export function RunSection({
  eventId,
  overview,
  noTables = false,
}: {
  eventId: string;
  overview: MeetingsOverview;
  noTables?: boolean;
}) {
  const { t, i18n } = useTranslation('meetings');
  const [runId, setRunId] = useState<string | null>(overview.latestRun?.id ?? null);
  const polled = useMeetingRun(runId);
  const action = useRunAction(eventId);
  const run = polled.data ?? overview.latestRun;
  const zone = overview.event.timeZone;
  return (
    <section aria-labelledby="run-heading">
      <h2 id="run-heading">{t('run.heading')}</h2>
      <p className="field-hint">{t('run.intro')}</p>
      {noTables && (
        <p className="notice warning">
          {t('run.noTables')} <a href="#tables-heading">{t('run.toTables')}</a>
        </p>
      )}
      <ErrorSummary error={action.error} />
      <div className="actions">
        <ActionButton
          type="button"
          busy={action.isPending || run?.status === 'running'}
          onClick={() => action.mutate({ kind: 'start' }, { onSuccess: (started) => setRunId(started.id) })}
        >
          {t('run.start')}
        </ActionButton>
        {run?.status === 'done' && !run.stale && (
          <ActionButton
            type="button"
            busy={action.isPending}
            onClick={() => action.mutate({ kind: 'publish', runId: run.id })}
          >
            {t('run.publish')}
          </ActionButton>
        )}
      </div>
      <div role="status" aria-live="polite">
        {run && (
          <p>
            {t(`run.status.${run.status}`, {
              time: formatClock(run.finishedAt ?? run.createdAt, zone, i18n.language),
            })}
            {run.status === 'running' && run.total > 0 && (
              <>
                {' '}
                {t('run.progress', {
                  phase: t(`run.phase.${run.phase}`, run.phase),
                  done: run.done,
                  total: run.total,
                })}
              </>
            )}
          </p>
        )}
        {run?.status === 'running' && (
          <progress max={Math.max(run.total, 1)} value={run.done} aria-label={t('run.progressLabel')} />
        )}
        {run?.stale && <p className="notice warning">{t('run.stale')}</p>}
      </div>
      {run && (run.status === 'done' || run.status === 'published') && (
        <RunReportView run={run} noTables={noTables} />
      )}
    </section>
  );
}
