import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HostList } from '../../../contract/islands.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { formatTime } from '../program/session-details.js';
import { useHostList } from './api.js';

function Lists({ list }: { list: HostList }) {
  const { t, i18n } = useTranslation('islands');
  const place = [list.island.place, list.island.tableLabel].filter(Boolean).join(', ');
  return (
    <>
      <p className="lead">
        {list.event.title}
        {place && <> · {place}</>}
      </p>
      {list.island.guidingQuestions.length > 0 && (
        <>
          <h2>{t('questions')}</h2>
          <ul>
            {list.island.guidingQuestions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      )}
      {!list.published && list.rounds.length === 0 && <p role="status">{t('host.notPublished')}</p>}
      {list.rounds.map((round) => (
        <section key={round.id} className="host-round" aria-labelledby={`round-${round.id}`}>
          <h2 id={`round-${round.id}`}>
            {t('roundTitle', {
              number: round.number,
              time: formatTime(round.startsAt, list.event.timeZone, i18n.language),
            })}
          </h2>
          {round.people.length === 0 ? (
            <p>{t('host.nobody')}</p>
          ) : (
            <table className="host-table">
              <caption>{t('host.caption', { count: round.people.length, number: round.number })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('host.name')}</th>
                  <th scope="col">{t('host.organization')}</th>
                  <th scope="col">{t('host.sector')}</th>
                </tr>
              </thead>
              <tbody>
                {round.people.map((p) => (
                  <tr key={`${p.name}-${p.organization}`}>
                    <th scope="row">{p.name}</th>
                    <td>{p.organization}</td>
                    <td>{p.sector}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          {t('host.print')}
        </button>
      </p>
    </>
  );
}

function HostListPage({ source, back }: { source: { token: string } | { islandId: string }; back?: string }) {
  const { t } = useTranslation('islands');
  const list = useHostList(source);
  const title = list.data ? t('host.title', { theme: list.data.island.theme }) : t('host.titlePlain');
  usePageTitle(title);
  return (
    <div className="host-list">
      <h1>{title}</h1>
      {back && (
        <p className="no-print">
          <Link to={back}>{t('admin.back')}</Link>
        </p>
      )}
      <QueryState query={list}>{(data) => <Lists list={data} />}</QueryState>
    </div>
  );
}

/** /islands/host/:token: a host's printable list behind their personal link. */
export function HostListByLinkPage() {
  const { token = '' } = useParams();
  return <HostListPage source={{ token }} />;
}

/** /admin/events/:id/islands/:islandId/list: the same list for organizers (the draft too). */
export function HostListAdminPage() {
  const { id = '', islandId = '' } = useParams();
  return <HostListPage source={{ islandId }} back={`/admin/events/${id}/islands`} />;
}
