import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { IslandAdmin, IslandsOverview } from '../../../contract/islands.js';
import { ConfirmAction } from '../../components/confirm-action.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { useAdminEvent } from '../events/admin-api.js';
import { formatTime } from '../program/session-details.js';
import { useHostCandidates, useIslandChange, useIslandsOverview } from './api.js';
import { AssignmentPanel } from './assignment-panel.js';
import { IslandForm } from './island-form.js';
import { IslandHosts } from './island-hosts.js';
import { SettingsForm } from './settings-form.js';
import { ActionButton } from '../../components/action-button.js';

type Editing = { kind: 'none' } | { kind: 'island'; island: IslandAdmin | null };

function Rounds({ overview }: { overview: IslandsOverview }) {
  const { t, i18n } = useTranslation('islands');
  return (
    <section aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">{t('admin.rounds')}</h2>
      {overview.rounds.length === 0 ? (
        <p className="notice warning">{t('admin.noRounds')}</p>
      ) : (
        <ul>
          {overview.rounds.map((r) => (
            <li key={r.id}>
              {t('roundTitle', {
                number: r.number,
                time: formatTime(r.startsAt, overview.timeZone, i18n.language),
              })}
              : {r.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function IslandList({
  overview,
  onEdit,
}: {
  overview: IslandsOverview;
  onEdit: (island: IslandAdmin) => void;
}) {
  const { t } = useTranslation('islands');
  const change = useIslandChange(overview.eventId);
  const people = useHostCandidates(overview.eventId);
  const fixed = overview.settings.status === 'locked' || overview.settings.status === 'published';
  return (
    <ul className="island-admin-list">
      {overview.islands.map((island) => (
        <li key={island.id} className="island-card">
          <h3>{t('islandName', { theme: island.theme })}</h3>
          <p>
            {t('admin.summary', {
              place: [island.place, island.tableLabel].filter(Boolean).join(', ') || '–',
              capacity: island.capacity,
            })}
          </p>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => onEdit(island)}>
              {t('admin.edit', { theme: island.theme })}
            </button>
            <Link to={`/admin/events/${overview.eventId}/islands/${island.id}/list`}>
              {t('admin.printList', { theme: island.theme })}
            </Link>
            {!fixed && (
              <ConfirmAction
                label={t('admin.remove', { theme: island.theme })}
                question={t('admin.removeQuestion', { theme: island.theme })}
                confirmLabel={t('admin.removeConfirm')}
                disabled={change.isPending}
                onConfirm={() => change.mutate({ kind: 'delete-island', id: island.id })}
              />
            )}
          </div>
          <IslandHosts eventId={overview.eventId} island={island} people={people.data ?? []} />
        </li>
      ))}
    </ul>
  );
}

function Editor({ overview }: { overview: IslandsOverview }) {
  const { t } = useTranslation('islands');
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [done, setDone] = useState('');
  const defaults = useIslandChange(overview.eventId);
  return (
    <>
      <SettingsForm
        key={JSON.stringify(overview.settings)}
        eventId={overview.eventId}
        settings={overview.settings}
        zone={overview.timeZone}
      />
      <Rounds overview={overview} />
      <section aria-labelledby="islands-admin-heading">
        <h2 id="islands-admin-heading">{t('admin.islands')}</h2>
        <p role="status">{done}</p>
        <ErrorSummary error={defaults.error} />
        {overview.islands.length === 0 && <p>{t('admin.noIslands')}</p>}
        <IslandList overview={overview} onEdit={(island) => setEditing({ kind: 'island', island })} />
        {editing.kind === 'island' ? (
          <IslandForm
            key={editing.island?.id ?? 'new'}
            eventId={overview.eventId}
            island={editing.island}
            onDone={(theme) => {
              setEditing({ kind: 'none' });
              setDone(theme ? t('admin.saved', { theme }) : '');
            }}
          />
        ) : (
          <div className="actions">
            <button type="button" onClick={() => setEditing({ kind: 'island', island: null })}>
              {t('admin.newIsland')}
            </button>
            <ActionButton
              type="button"
              className="secondary"
              busy={defaults.isPending}
              onClick={() => defaults.mutate({ kind: 'defaults' })}
            >
              {t('admin.defaults')}
            </ActionButton>
          </div>
        )}
      </section>
    </>
  );
}

/** /admin/events/:id/islands: islands, hosts, deadline, the assignment and its quality. */
export function IslandsAdminPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('islands');
  const event = useAdminEvent(id);
  const overview = useIslandsOverview(id);
  const title = t('admin.pageTitle', { title: event.data?.title ?? '' });
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to="/admin/events">{t('admin.backToEvents')}</Link>
        {event.data?.status === 'published' && (
          <>
            {' · '}
            <Link to={`/events/${event.data.slug}/island-plan`}>{t('admin.hallPlan')}</Link>
          </>
        )}
      </p>
      <QueryState query={overview}>{(data) => <Editor overview={data} />}</QueryState>
      <AssignmentPanel eventId={id} />
    </>
  );
}
