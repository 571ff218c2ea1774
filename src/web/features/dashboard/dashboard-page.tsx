import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../contract/dashboard.js';
import { formatDateTime, formatInstant } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { QueryState } from '../../components/query-state.js';
import { activityFigures } from './activity-figures.js';
import { DASHBOARD_REFRESH_MS, useDashboard } from './api.js';
import {
  registrationStateFigures,
  registrationsFigure,
  sectorFigure,
  sectorHelpers,
  type FigureContext,
} from './dashboard-figures.js';
import { FigurePanel, type FigureSpec } from './figure-panel.js';

function Figures({ board }: { board: Dashboard }) {
  const { t, i18n } = useTranslation('dashboard');
  const locale = i18n.language;
  const ctx: FigureContext = { t, locale, ...sectorHelpers(board.sectors, locale, t('unknownSector')) };
  const figures: FigureSpec[] = [
    registrationsFigure(ctx, board),
    sectorFigure(ctx, board),
    ...registrationStateFigures(ctx, board),
    ...activityFigures(ctx, board),
  ];
  const stem = `dashboard-${board.event.startsAt.slice(0, 10)}`;
  return (
    <>
      <p>
        {t('event.when', { date: formatDateTime(board.event.startsAt, board.event.timeZone, locale, false) })}{' '}
        {t('event.seats', { taken: board.event.seatsTaken, capacity: board.event.capacity })}
      </p>
      <p className="dashboard-updated">
        {t('live', { seconds: DASHBOARD_REFRESH_MS / 1000, time: formatInstant(board.generatedAt, locale) })}
      </p>
      <nav aria-label={t('contents')} className="dashboard-contents">
        <ul>
          {figures.map((figure) => (
            <li key={figure.id}>
              <a href={`#figure-${figure.id}`}>{figure.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {figures.map((figure) => (
        <FigurePanel key={figure.id} figure={figure} fileStem={stem} />
      ))}
    </>
  );
}

/** /admin/events/:id/dashboard: the live figures of one event, each a chart with its table and exports. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const { id = '' } = useParams();
  const query = useDashboard(id);
  usePageTitle(query.data ? t('title', { title: query.data.event.title }) : t('titleShort'));
  return (
    <div className="dashboard">
      <p>
        <Link to="/admin/events">{t('back')}</Link> · <Link to="/admin/network">{t('network.link')}</Link>
      </p>
      <h1>{query.data ? t('title', { title: query.data.event.title }) : t('titleShort')}</h1>
      <QueryState query={query}>{(board) => <Figures board={board} />}</QueryState>
    </div>
  );
}
